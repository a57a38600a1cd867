#ifndef TOOLKIT_POLL_SHIM_H
#define TOOLKIT_POLL_SHIM_H
// ppoll is a GNU extension that Swift's Glibc module does not show: it waits with a signal mask
// set atomically, which the event loop needs so that no signal lands between a check and the wait.
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <time.h>

/// ppoll(2), waiting at most `milliseconds` (forever when negative) with `mask` as the signal mask.
static inline int toolkit_ppoll(struct pollfd *descriptors, nfds_t count, int milliseconds, const sigset_t *mask) {
    struct timespec limit = { milliseconds / 1000, (long)(milliseconds % 1000) * 1000000L };
    return ppoll(descriptors, count, milliseconds < 0 ? NULL : &limit, mask);
}
#endif
