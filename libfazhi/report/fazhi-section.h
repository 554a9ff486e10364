/* fazhi-section.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_SECTION (fazhi_section_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiSection, fazhi_section, FAZHI, SECTION, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiSection *fazhi_section_new                (const char    *heading,
                                                guint          level);
FAZHI_AVAILABLE_IN_ALL
FazhiSection *fazhi_section_new_from_json_node (JsonNode      *node,
                                                GError       **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode     *fazhi_section_to_json_node       (FazhiSection  *self);

FAZHI_AVAILABLE_IN_ALL
const char   *fazhi_section_get_heading        (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_heading        (FazhiSection  *self,
                                                const char    *heading);
FAZHI_AVAILABLE_IN_ALL
guint         fazhi_section_get_level          (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_level          (FazhiSection  *self,
                                                guint          level);
FAZHI_AVAILABLE_IN_ALL
gboolean      fazhi_section_get_run_in         (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_run_in         (FazhiSection  *self,
                                                gboolean       run_in);
FAZHI_AVAILABLE_IN_ALL
const char   *fazhi_section_get_part           (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_part           (FazhiSection  *self,
                                                const char    *part);
FAZHI_AVAILABLE_IN_ALL
const char   *fazhi_section_get_area           (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_area           (FazhiSection  *self,
                                                const char    *area);
FAZHI_AVAILABLE_IN_ALL
double        fazhi_section_get_area_score     (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_area_score     (FazhiSection  *self,
                                                double         score);
FAZHI_AVAILABLE_IN_ALL
const char   *fazhi_section_get_body           (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_body           (FazhiSection  *self,
                                                const char    *body);
FAZHI_AVAILABLE_IN_ALL
guint         fazhi_section_get_line           (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_line           (FazhiSection  *self,
                                                guint          line);
FAZHI_AVAILABLE_IN_ALL
guint         fazhi_section_get_body_line      (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_body_line      (FazhiSection  *self,
                                                guint          line);
FAZHI_AVAILABLE_IN_ALL
guint         fazhi_section_get_end_line       (FazhiSection  *self);
FAZHI_AVAILABLE_IN_ALL
void          fazhi_section_set_end_line       (FazhiSection  *self,
                                                guint          line);
FAZHI_AVAILABLE_IN_ALL
guint         fazhi_section_get_line_at_offset (FazhiSection  *self,
                                                gsize          offset);

/* clang-format on */

G_END_DECLS
