#ifndef GRAPH_CTEXTLAYOUT_H
#define GRAPH_CTEXTLAYOUT_H

/* A Graphviz text-layout plugin that measures text with the advance widths of
   the diagram style's font, compiled in (FontMetrics.h, written by
   Scripts/font-metrics).

   Graphviz sizes each box from the width of its text, and SVG and DOT need
   nothing else from the font: the viewer draws the text. Its own text layout
   goes through Pango, which loads Cairo, GLib, HarfBuzz, FreeType, fontconfig
   and its configuration, some thirty libraries and most of a short export's
   time, and measures with whatever fonts the machine has. This one measures
   from a table: no library, no file, the same boxes on every machine. It
   cannot draw (PNG and PDF need Pango), it does not kern or shape (Arabic is
   measured in isolated forms, a little wider than drawn), and it knows only
   the fonts of the table. */

#include <stdbool.h>

/* The list of built-in plugin libraries for gvContextPlugins (an
   `lt_symlist_t` array ending with a null entry), holding this text layout
   at a higher quality than Pango's so that Graphviz chooses it. */
const void *text_layout_builtins(void);

/* Whether the table has the font named `name` as Graphviz passes it
   ("DejaVu Sans", "DejaVu Sans Bold"; case-insensitive). */
bool text_layout_covers(const char *name);

/* The width in points of one line of UTF-8 text in the font named `name` at
   `size` points, bold when `bold`, as the plugin measures it; negative when
   the table does not have the font. */
double text_layout_width(const char *text, const char *name, double size, bool bold);

#endif
