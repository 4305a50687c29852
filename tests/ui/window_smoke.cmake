# Starts the window on Xvfb with a fresh demo workspace, signs in from a password file, takes a screenshot and
# checks that it exists and is not tiny. Arguments: VANBAN, XVFB_RUN, WORK_DIR.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/home)
file(WRITE ${WORK_DIR}/password "vanthu123\n")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env HOME=${WORK_DIR}/home XDG_CONFIG_HOME=${WORK_DIR}/home/.config
            ${XVFB_RUN} -a -s "-screen 0 1366x900x24" ${VANBAN} --demo --workspace ${WORK_DIR}/ws --lang vi
            --user vanthu --password-file ${WORK_DIR}/password --screenshot ${WORK_DIR}/window.png
    RESULT_VARIABLE rc
    TIMEOUT 100)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "vanban exited with ${rc}")
endif()
file(SIZE ${WORK_DIR}/window.png size)
if(size LESS 20000)
    message(FATAL_ERROR "the screenshot is only ${size} bytes")
endif()
