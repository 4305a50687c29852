#!/usr/bin/env python3
"""Fills vanban_vi.ts from translations/pending/*.tsv (delete a tsv once all its lines are applied).

Workflow for a change that adds user-visible strings:
  1. lupdate (see translations/README.md) adds them to vanban_vi.ts as unfinished;
  2. translations/pending/<topic>.tsv holds `context<TAB>English source<TAB>Vietnamese` lines (\\n for newlines);
  3. this script writes each translation into the matching unfinished message and reports what is still missing.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
ts_path = os.path.join(here, "vanban_vi.ts")


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


pending = {}
for path in sorted(glob.glob(os.path.join(here, "pending", "*.tsv"))):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
            context, source, translation = (unescape(p) for p in parts)
            pending[(context, source)] = translation
            pending.setdefault(("*", source), translation)

tree = ET.parse(ts_path)
applied = 0
missing = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished",):
            continue
        source = message.findtext("source")
        text = pending.get((name, source)) or pending.get(("*", source))
        if text is None:
            missing.append((name, source))
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
        applied += 1

body = ET.tostring(tree.getroot(), encoding="unicode")
with open(ts_path, "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + body + "\n")
print(f"applied {applied} translations; {len(missing)} unfinished remain")
for name, source in missing:
    print(f"  missing: [{name}] {source!r}")
sys.exit(1 if missing else 0)
