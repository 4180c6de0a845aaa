#include "CTextLayout.h"

#include <stddef.h>
#include <stdint.h>
#include <strings.h>

#include <graphviz/gvcext.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
#include <graphviz/textspan.h>

/* `count` consecutive code points from `first`, whose advances start at
   `offset` in the face's advance array. */
struct metrics_run {
    uint32_t first;
    uint16_t count;
    uint16_t offset;
};

struct metrics_face {
    uint16_t units_per_em;
    const struct metrics_run *runs;
    size_t run_count;
    const uint16_t *advances;
};

#include "FontMetrics.h"

/* The family the table holds, as the style names it. */
static const char family[] = "DejaVu Sans";

/* The advance of `code` in font units, or -1 when the face has no glyph. */
static int advance(const struct metrics_face *face, uint32_t code) {
    size_t low = 0, high = face->run_count;
    while (low < high) {
        size_t middle = (low + high) / 2;
        const struct metrics_run *run = &face->runs[middle];
        if (code < run->first) {
            high = middle;
        } else if (code >= run->first + run->count) {
            low = middle + 1;
        } else {
            return face->advances[run->offset + (code - run->first)];
        }
    }
    return -1;
}

/* Characters a font of another script would draw (Pango falls back to one):
   ideographs and Hangul take a little more than an em, the rest about the
   width of a lowercase letter; format and control characters nothing. */
static double missing_advance(uint32_t code) {
    if (code < 0x20 || (code >= 0x7F && code < 0xA0) || (code >= 0x200B && code <= 0x200F)
        || (code >= 0x2060 && code <= 0x2064) || (code >= 0xFE00 && code <= 0xFE0F) || code == 0xFEFF) {
        return 0;
    }
    if ((code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
        || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
        || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60)
        || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1FAFF)
        || (code >= 0x20000 && code <= 0x3FFFD)) {
        return 1.1;
    }
    return 0.6;
}

/* Decodes one UTF-8 character at `*cursor` and moves past it; a malformed
   byte reads as U+FFFD and is skipped alone. */
static uint32_t next_character(const unsigned char **cursor) {
    const unsigned char *p = *cursor;
    uint32_t lead = p[0];
    int length;
    uint32_t code;
    if (lead < 0x80) {
        *cursor = p + 1;
        return lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        *cursor = p + 1;
        return 0xFFFD;
    }
    for (int index = 1; index < length; index++) {
        if ((p[index] & 0xC0) != 0x80) {
            *cursor = p + 1;
            return 0xFFFD;
        }
        code = (code << 6) | (p[index] & 0x3F);
    }
    *cursor = p + length;
    return code;
}

/* The face for a Graphviz font name, or NULL: the family alone, or followed
   by " Bold" (Pango's way of naming a weight), or with the bold flag. */
static const struct metrics_face *face_named(const char *name, bool bold) {
    if (name == NULL) return NULL;
    size_t length = sizeof family - 1;
    if (strncasecmp(name, family, length) != 0) return NULL;
    const char *rest = name + length;
    if (*rest == '\0') return bold ? &bold_face : &regular_face;
    if (strcasecmp(rest, " Bold") == 0) return &bold_face;
    return NULL;
}

static double width(const struct metrics_face *face, const char *text, double size) {
    const unsigned char *cursor = (const unsigned char *)text;
    double total = 0;
    while (*cursor != '\0') {
        uint32_t code = next_character(&cursor);
        int units = advance(face, code);
        total += units >= 0 ? (double)units / face->units_per_em : missing_advance(code);
    }
    return total * size;
}

bool text_layout_covers(const char *name) { return face_named(name, false) != NULL; }

double text_layout_width(const char *text, const char *name, double size, bool bold) {
    const struct metrics_face *face = face_named(name, bold);
    if (face == NULL || text == NULL) return -1;
    return width(face, text, size);
}

/* Graphviz's call: fills the span's size and offsets, and returns false for a
   font the table lacks (Graphviz then estimates from its own tables). The
   height and centring follow Graphviz 2.42's Pango plugin (1.1 times the
   size, centre line 0.2 size below the middle), so boxes keep the same
   proportions as with Pango. */
static boolean measure(textspan_t *span, char **fontpath) {
    (void)fontpath;
    textfont_t *font = span->font;
    if (font == NULL) return false;
    const struct metrics_face *face = face_named(font->name, (font->flags & HTML_BF) != 0);
    if (face == NULL) return false;
    double size = font->size;
    span->size.x = span->str ? width(face, span->str, size) : 0;
    span->size.y = (int)(size * 1.1 + 0.5);
    span->yoffset_layout = 0;
    span->yoffset_centerline = 0.2 * size;
    span->layout = NULL;
    span->free_layout = NULL;
    return true;
}

static gvtextlayout_engine_t engine = {measure};

/* Pango's text layout has quality 2 in Graphviz's configuration. */
static gvplugin_installed_t types[] = {
    {0, "textlayout", 50, &engine, NULL},
    {0, NULL, 0, NULL, NULL},
};

static gvplugin_api_t apis[] = {
    {API_textlayout, types},
    {(api_t)0, NULL},
};

static gvplugin_library_t library = {"graph_metrics", apis};

static lt_symlist_t builtins[] = {
    {"gvplugin_graph_metrics_LTX_library", &library},
    {NULL, NULL},
};

const void *text_layout_builtins(void) { return builtins; }
