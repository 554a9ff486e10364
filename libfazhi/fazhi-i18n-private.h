/* fazhi-i18n-private.h: translated messages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Findings speak the user's language: messages are written in English in
 * the source and translated with gettext (po/zh_CN.po); the locale picks.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

const char *_fazhi_gettext (const char *msgid) G_GNUC_FORMAT (1);

#define _(String) _fazhi_gettext (String)
#define N_(String) (String)

/* clang-format on */

G_END_DECLS
