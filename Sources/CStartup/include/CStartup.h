#ifndef GRAPH_CSTARTUP_H
#define GRAPH_CSTARTUP_H

/* Start-up helpers for a short-lived process that renders soon: glibc's
   thread-placement calls are GNU extensions that Swift's Glibc module does not
   show, and fontconfig is reached through dlopen so that the binary does not
   load it unless it draws. */

#include <pthread.h>
#include <stdbool.h>

/* Sets `attributes` so that the thread they create starts on a CPU other than
   the caller's, when the process may use another one; returns false and
   leaves them unchanged otherwise. */
bool startup_place_elsewhere(pthread_attr_t *attributes);

/* Lets the calling thread, and the threads it creates from now on, run on
   every CPU the process may use (the main thread's set). */
void startup_release_placement(void);

/* Loads fontconfig's library without initialising it; false when it cannot
   be loaded. Thread-safe; the library is loaded once. */
bool startup_open_fontconfig(void);

/* Loads fontconfig's configuration and font list (FcInit) in this process,
   opening its library first if needed; false when fontconfig cannot be
   loaded. */
bool startup_load_fontconfig(void);

#endif
