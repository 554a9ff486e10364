/* fazhi-document.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_DOCUMENT (fazhi_document_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiDocument, fazhi_document, FAZHI, DOCUMENT, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiDocument *fazhi_document_new_from_bytes     (GBytes         *bytes,
                                                  const char     *name,
                                                  GError        **error);
FAZHI_AVAILABLE_IN_ALL
FazhiDocument *fazhi_document_new_from_text      (const char     *text,
                                                  gssize          length,
                                                  const char     *name,
                                                  GError        **error);

FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_document_get_name           (FazhiDocument  *self);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_document_get_encoding       (FazhiDocument  *self);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_document_get_text           (FazhiDocument  *self,
                                                  gsize          *length);
FAZHI_AVAILABLE_IN_ALL
guint          fazhi_document_get_n_lines        (FazhiDocument  *self);
FAZHI_AVAILABLE_IN_ALL
char          *fazhi_document_dup_line           (FazhiDocument  *self,
                                                  guint           line);
FAZHI_AVAILABLE_IN_ALL
gsize          fazhi_document_get_line_offset    (FazhiDocument  *self,
                                                  guint           line);
FAZHI_AVAILABLE_IN_ALL
guint          fazhi_document_get_line_at_offset (FazhiDocument  *self,
                                                  gsize           offset);

/* clang-format on */

G_END_DECLS
