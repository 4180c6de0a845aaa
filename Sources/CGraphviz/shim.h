#ifndef GRAPH_CGRAPHVIZ_SHIM_H
#define GRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects the global Agdesc_t descriptors as not concurrency-safe;
   returning them from a function sidesteps that without @preconcurrency. */
static inline Agdesc_t graph_shim_directed(void) { return Agdirected; }

/* cgraph takes `char *` for names and values but copies them (it never writes
   through the pointer); these const-taking forwarders let Swift pass its
   strings directly instead of copying each one into a mutable buffer. */
static inline Agraph_t *graph_shim_open(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
}
static inline Agraph_t *graph_shim_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}
static inline Agnode_t *graph_shim_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}
/* An anonymous edge: each call makes a new one, so parallel relations between
   the same pair (different predicates) stay distinct edges. */
static inline Agedge_t *graph_shim_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head) {
    return agedge(g, tail, head, NULL, 1);
}
static inline Agsym_t *graph_shim_declare(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}
/* The existing declaration of an attribute, or NULL; never changes a default. */
static inline Agsym_t *graph_shim_lookup(Agraph_t *g, int kind, const char *name) {
    return agattr(g, kind, (char *)name, NULL);
}
static inline int graph_shim_set(void *object, Agsym_t *symbol, const char *value) {
    return agxset(object, symbol, (char *)value);
}
static inline int graph_shim_safe_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, (char *)"");
}
static inline const char *graph_shim_get(void *object, const char *name) {
    return agget(object, (char *)name);
}

#endif
