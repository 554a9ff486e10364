/* fazhi-bigrams-private.h: what two texts share, character pair by pair
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Appends the sorted, de-duplicated CJK bigrams of @text to @out (an
 * array of guint64), without the generic ones (法治, 建设, 加强 …) that
 * every heading shares. */
void   _fazhi_bigrams_collect (const char    *text,
                               gsize          length,
                               GArray        *out);
/* Dice coefficient of two sorted bigram arrays, 0 to 1. */
double _fazhi_bigrams_dice    (const guint64 *a,
                               guint          n_a,
                               const guint64 *b,
                               guint          n_b);
/* How many bigrams two sorted arrays share. */
guint  _fazhi_bigrams_common  (const guint64 *a,
                               guint          n_a,
                               const guint64 *b,
                               guint          n_b);

/* clang-format on */

G_END_DECLS
