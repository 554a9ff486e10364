/* fazhi-matcher-private.h: finding many phrases in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The catalogs give several hundred recognising phrases (area keywords,
 * part headings, duty wording, genres). Looking for each with strstr would
 * read every paragraph hundreds of times; the matcher reads it once. It
 * rejects most positions with one byte looked up by a hash of the first
 * two characters, most of the rest with a bit by a hash of the first
 * three, finds the candidates by their first three characters and
 * compares the rest. Phrases must be at least two characters long.
 *
 * A phrase may have gaps, marked with "…": "纳入…年度工作计划" matches
 * "纳入全市教育事业发展规划和年度工作计划" — the parts in order, in one
 * sentence, close together.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

typedef struct _FazhiMatcher FazhiMatcher;

/* Called for every occurrence, overlapping ones included, in order of
 * @start; @id is what the phrase was added with. */
typedef void (*FazhiMatchFunc) (guint32  id,
                                gsize    start,
                                gsize    end,
                                gpointer user_data);

FazhiMatcher *_fazhi_matcher_new   (void);
void          _fazhi_matcher_free  (FazhiMatcher   *self);
/* @phrase must already be normalised. Returns FALSE (and ignores it) for
 * phrases shorter than two characters. */
gboolean      _fazhi_matcher_add   (FazhiMatcher   *self,
                                    const char     *phrase,
                                    guint32         id);
/* Must be called after the last _add and before the first _scan; the
 * matcher is read-only, and safe to share between threads, afterwards. */
void          _fazhi_matcher_build (FazhiMatcher   *self);
void          _fazhi_matcher_scan  (const FazhiMatcher *self,
                                    const char     *text,
                                    gsize           length,
                                    FazhiMatchFunc  func,
                                    gpointer        user_data);
guint         _fazhi_matcher_get_n_phrases (const FazhiMatcher *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FazhiMatcher, _fazhi_matcher_free)

/* clang-format on */

G_END_DECLS
