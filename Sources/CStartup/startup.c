#define _GNU_SOURCE
#include "CStartup.h"

#include <dlfcn.h>
#include <sched.h>
#include <unistd.h>

#ifdef __linux__
bool startup_place_elsewhere(pthread_attr_t *attributes) {
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return false;
    int current = sched_getcpu();
    if (current < 0 || !CPU_ISSET(current, &allowed) || CPU_COUNT(&allowed) < 2) return false;
    CPU_CLR(current, &allowed);
    return pthread_attr_setaffinity_np(attributes, sizeof allowed, &allowed) == 0;
}

void startup_release_placement(void) {
    cpu_set_t allowed;
    /* The main thread's id is the process id. */
    if (sched_getaffinity(getpid(), sizeof allowed, &allowed) == 0) {
        sched_setaffinity(0, sizeof allowed, &allowed);
    }
}
#else
/* Elsewhere the scheduler places new threads itself. */
bool startup_place_elsewhere(pthread_attr_t *attributes) {
    (void)attributes;
    return false;
}

void startup_release_placement(void) {}
#endif

static pthread_once_t fontconfig_once = PTHREAD_ONCE_INIT;
static int (*fontconfig_initialize)(void);

static void open_fontconfig(void) {
    /* Never closed: Pango, which Graphviz's text layout loads, keeps using
       this library and its configuration until the process ends. */
    void *library = dlopen("libfontconfig.so.1", RTLD_LAZY);
    if (library != NULL) fontconfig_initialize = (int (*)(void))dlsym(library, "FcInit");
}

bool startup_open_fontconfig(void) {
    pthread_once(&fontconfig_once, open_fontconfig);
    return fontconfig_initialize != NULL;
}

bool startup_load_fontconfig(void) {
    return startup_open_fontconfig() && fontconfig_initialize() != 0;
}
