#include "common/HelperThread.h"

#include <catch2/catch.hpp>

#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <string>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#endif

using namespace vanban;

TEST_CASE("A helper task hands over its result, also after being moved, and get() empties it") {
    HelperTask<std::string> task([] { return std::string(100000, 'x'); });
    REQUIRE(task.valid());
    HelperTask<std::string> moved = std::move(task);
    CHECK_FALSE(task.valid());
    REQUIRE(moved.valid());
    CHECK(moved.get().size() == 100000);
    CHECK_FALSE(moved.valid());
}

TEST_CASE("Assigning to a helper task or destroying it waits for the running work") {
    std::atomic<int> finished{0};
    {
        HelperTask<int> task([&finished] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            return ++finished;
        });
        task = HelperTask<int>([&finished] { return ++finished; }); // the first one has finished by now
        CHECK(finished.load() >= 1);
    }
    CHECK(finished.load() == 2);
}

#if defined(Q_OS_LINUX)
TEST_CASE("A helper thread may run on every core of the process but the one its creator was on") {
    cpu_set_t process;
    CPU_ZERO(&process);
    REQUIRE(sched_getaffinity(getpid(), sizeof process, &process) == 0);
    const int cores = CPU_COUNT(&process);

    std::atomic<bool> release{false};
    std::thread helper = startHelperThread([&release] {
        while (!release.load())
            std::this_thread::yield();
    });
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    const int read = pthread_getaffinity_np(helper.native_handle(), sizeof allowed, &allowed);
    release = true;
    helper.join();
    REQUIRE(read == 0);

    if (cores < 2) {
        CHECK(CPU_EQUAL(&allowed, &process)); // one core: nothing to keep off
        return;
    }
    CHECK(CPU_COUNT(&allowed) == cores - 1);
    int excluded = -1;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &process) && !CPU_ISSET(cpu, &allowed))
            excluded = cpu;
        if (CPU_ISSET(cpu, &allowed))
            CHECK(CPU_ISSET(cpu, &process)); // nothing outside the process's cores
    }
    CHECK(excluded >= 0);
}

TEST_CASE("A helper started by a helper is kept off only its creator's core, not off both") {
    cpu_set_t process;
    CPU_ZERO(&process);
    REQUIRE(sched_getaffinity(getpid(), sizeof process, &process) == 0);
    const int cores = CPU_COUNT(&process);
    cpu_set_t outerAllowed, innerAllowed;
    CPU_ZERO(&outerAllowed);
    CPU_ZERO(&innerAllowed);
    std::thread outer = startHelperThread([&outerAllowed, &innerAllowed] {
        sched_getaffinity(0, sizeof outerAllowed, &outerAllowed);
        std::atomic<bool> release{false};
        std::thread inner = startHelperThread([&release] {
            while (!release.load())
                std::this_thread::yield();
        });
        pthread_getaffinity_np(inner.native_handle(), sizeof innerAllowed, &innerAllowed);
        release = true;
        inner.join();
    });
    outer.join();
    if (cores < 2) {
        CHECK(CPU_EQUAL(&innerAllowed, &process));
        return;
    }
    CHECK(CPU_COUNT(&innerAllowed) == cores - 1);
    // The inner helper may use the core the outer one is kept off (its creator's), so its cores are not a subset of
    // the outer one's.
    bool beyondOuter = false;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        beyondOuter = beyondOuter || (CPU_ISSET(cpu, &innerAllowed) && !CPU_ISSET(cpu, &outerAllowed));
    CHECK(beyondOuter);
}
#endif
