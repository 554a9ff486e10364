/* fazhi-figure.h
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

/**
 * FazhiFigureKind:
 * @FAZHI_FIGURE_KIND_COUNT: a count with a measure word (1005 家, 45 项, 两次)
 * @FAZHI_FIGURE_KIND_MONEY: an amount of money (75.46 亿元, 1059 万元)
 * @FAZHI_FIGURE_KIND_PERCENTAGE: a percentage or a change in percent
 *   (提高 29.7%, 满意率 100%)
 * @FAZHI_FIGURE_KIND_AREA: a floor or land area (6.75 万平方米, 120 亩)
 * @FAZHI_FIGURE_KIND_RANK: a rank (全市第一, 第 3 名); the value is the rank
 * @FAZHI_FIGURE_KIND_RATIO: a ratio (1:3)
 *
 * What a [class@Fazhi.Figure] measures.
 */
typedef enum
{
  FAZHI_FIGURE_KIND_COUNT,
  FAZHI_FIGURE_KIND_MONEY,
  FAZHI_FIGURE_KIND_PERCENTAGE,
  FAZHI_FIGURE_KIND_AREA,
  FAZHI_FIGURE_KIND_RANK,
  FAZHI_FIGURE_KIND_RATIO,
} FazhiFigureKind;

/**
 * FazhiFigureQualifier:
 * @FAZHI_FIGURE_QUALIFIER_EXACT: the value as stated
 * @FAZHI_FIGURE_QUALIFIER_AT_LEAST: at least the value (2次以上, 超 84 家, 10 余项)
 * @FAZHI_FIGURE_QUALIFIER_AT_MOST: at most the value (不超过, 以内)
 * @FAZHI_FIGURE_QUALIFIER_APPROXIMATE: about the value (约, 近)
 *
 * How the value of a [class@Fazhi.Figure] is bounded.
 */
typedef enum
{
  FAZHI_FIGURE_QUALIFIER_EXACT,
  FAZHI_FIGURE_QUALIFIER_AT_LEAST,
  FAZHI_FIGURE_QUALIFIER_AT_MOST,
  FAZHI_FIGURE_QUALIFIER_APPROXIMATE,
} FazhiFigureQualifier;

#define FAZHI_TYPE_FIGURE (fazhi_figure_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiFigure, fazhi_figure, FAZHI, FIGURE, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiFigure          *fazhi_figure_new                (double                value,
                                                       const char           *unit,
                                                       FazhiFigureKind       kind);
FAZHI_AVAILABLE_IN_ALL
FazhiFigure          *fazhi_figure_new_from_json_node (JsonNode             *node,
                                                       GError              **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode             *fazhi_figure_to_json_node       (FazhiFigure          *self);

FAZHI_AVAILABLE_IN_ALL
double                fazhi_figure_get_value          (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_value          (FazhiFigure          *self,
                                                       double                value);
FAZHI_AVAILABLE_IN_ALL
const char           *fazhi_figure_get_unit           (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_unit           (FazhiFigure          *self,
                                                       const char           *unit);
FAZHI_AVAILABLE_IN_ALL
FazhiFigureKind       fazhi_figure_get_kind           (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_kind           (FazhiFigure          *self,
                                                       FazhiFigureKind       kind);
FAZHI_AVAILABLE_IN_ALL
FazhiFigureQualifier  fazhi_figure_get_qualifier      (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_qualifier      (FazhiFigure          *self,
                                                       FazhiFigureQualifier  qualifier);
FAZHI_AVAILABLE_IN_ALL
const char           *fazhi_figure_get_subject        (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_subject        (FazhiFigure          *self,
                                                       const char           *subject);
FAZHI_AVAILABLE_IN_ALL
const char           *fazhi_figure_get_text           (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_text           (FazhiFigure          *self,
                                                       const char           *text);
FAZHI_AVAILABLE_IN_ALL
guint                 fazhi_figure_get_line           (FazhiFigure          *self);
FAZHI_AVAILABLE_IN_ALL
void                  fazhi_figure_set_line           (FazhiFigure          *self,
                                                       guint                 line);

/* clang-format on */

G_END_DECLS
