/* fazhi-catalog-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "fazhi-catalog.h"
#include "fazhi-json-private.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

FazhiCatalogEntry *_fazhi_catalog_entry_new_from_json (const FazhiJsonScope  *scope,
                                                       JsonObject            *object,
                                                       const char            *where,
                                                       GError               **error);
gboolean           _fazhi_catalog_id_is_valid         (const char            *id);
void               _fazhi_catalog_entry_write_json    (FazhiCatalogEntry     *self,
                                                       JsonBuilder           *builder);
void               _fazhi_catalog_entry_set_depth     (FazhiCatalogEntry     *self,
                                                       guint                  depth);

/* clang-format on */

G_END_DECLS
