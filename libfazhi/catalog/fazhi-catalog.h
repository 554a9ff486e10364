/* fazhi-catalog.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "fazhi-catalog-entry.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/**
 * FazhiCatalogKind:
 * @FAZHI_CATALOG_KIND_OUTLINE: the obligation areas of an outline (纲要),
 *   national or local
 * @FAZHI_CATALOG_KIND_PARTS: the parts a report is made of
 * @FAZHI_CATALOG_KIND_DUTIES: the duties of the principal leaders
 * @FAZHI_CATALOG_KIND_GENRES: kinds of documents, used to tell an annual
 *   report from plans, notices and news
 * @FAZHI_CATALOG_KIND_INDICATORS: a hierarchical indicator system, such as
 *   the demonstration indicators (示范指标体系)
 *
 * What the entries of a [class@Fazhi.Catalog] are.
 */
typedef enum
{
  FAZHI_CATALOG_KIND_OUTLINE,
  FAZHI_CATALOG_KIND_PARTS,
  FAZHI_CATALOG_KIND_DUTIES,
  FAZHI_CATALOG_KIND_GENRES,
  FAZHI_CATALOG_KIND_INDICATORS,
} FazhiCatalogKind;

#define FAZHI_TYPE_CATALOG (fazhi_catalog_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiCatalog, fazhi_catalog, FAZHI, CATALOG, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiCatalog       *fazhi_catalog_new_from_file        (const char    *path,
                                                        GError       **error);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalog       *fazhi_catalog_new_from_bytes       (GBytes        *bytes,
                                                        const char    *name,
                                                        GError       **error);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalog       *fazhi_catalog_get_builtin          (const char    *id);
FAZHI_AVAILABLE_IN_ALL
char              **fazhi_catalog_list_builtin         (void);

FAZHI_AVAILABLE_IN_ALL
char               *fazhi_catalog_to_json              (FazhiCatalog  *self,
                                                        gboolean       pretty);

FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_get_id               (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalogKind    fazhi_catalog_get_kind             (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_get_title            (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_get_title_en         (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
const char         *fazhi_catalog_get_source           (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
int                 fazhi_catalog_get_first_year       (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
int                 fazhi_catalog_get_last_year        (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
gboolean            fazhi_catalog_covers_year          (FazhiCatalog  *self,
                                                        int            year);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_catalog_get_n_entries        (FazhiCatalog  *self);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalogEntry  *fazhi_catalog_get_entry            (FazhiCatalog  *self,
                                                        guint          position);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalogEntry  *fazhi_catalog_lookup_entry         (FazhiCatalog  *self,
                                                        const char    *slug);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalogEntry  *fazhi_catalog_map_entry            (FazhiCatalog  *self,
                                                        const char    *slug,
                                                        FazhiCatalog  *target);
FAZHI_AVAILABLE_IN_ALL
GListModel         *fazhi_catalog_dup_children         (FazhiCatalog  *self,
                                                        const char    *parent_slug);

/* clang-format on */

G_END_DECLS
