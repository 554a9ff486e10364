/* fazhi-catalog-entry.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <glib-object.h>

#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_CATALOG_ENTRY (fazhi_catalog_entry_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiCatalogEntry, fazhi_catalog_entry, FAZHI, CATALOG_ENTRY, GObject)

FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_entry_get_slug         (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_catalog_entry_get_ordinal      (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_entry_get_title        (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_entry_get_title_en     (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_catalog_entry_get_keywords     (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
gboolean            fazhi_catalog_entry_get_required     (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_entry_get_parent       (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_catalog_entry_get_depth        (FazhiCatalogEntry  *self);
FAZHI_AVAILABLE_IN_ALL
gboolean            fazhi_catalog_entry_lookup_mapping   (FazhiCatalogEntry  *self,
                                                          const char         *catalog_id,
                                                          const char        **slug);

/* clang-format on */

G_END_DECLS
