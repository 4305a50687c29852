#include "common/HelperThread.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#endif

namespace vanban {

bool keepOffCallersCore(std::thread& thread) {
#if defined(Q_OS_LINUX)
    // The main thread's cores (its id is the process's), not the caller's: a helper started by a helper may use
    // every core but the one its creator is on.
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(getpid(), sizeof allowed, &allowed) != 0 || CPU_COUNT(&allowed) < 2)
        return false;
    const int here = sched_getcpu();
    if (here < 0 || here >= CPU_SETSIZE || !CPU_ISSET(here, &allowed))
        return false;
    CPU_CLR(here, &allowed);
    return pthread_setaffinity_np(thread.native_handle(), sizeof allowed, &allowed) == 0;
#else
    Q_UNUSED(thread);
    return false;
#endif
}

} // namespace vanban
