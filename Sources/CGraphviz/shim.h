#ifndef GRAPH_CGRAPHVIZ_SHIM_H
#define GRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects the global Agdesc_t descriptors as not concurrency-safe;
   returning them from a function sidesteps that without @preconcurrency. */
static inline Agdesc_t graph_shim_directed(void) { return Agdirected; }

#endif
