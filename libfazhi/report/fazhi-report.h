/* fazhi-report.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fazhi-document.h"
#include "fazhi-duty-evidence.h"
#include "fazhi-figure.h"
#include "fazhi-section.h"
#include "fazhi-target.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/**
 * FAZHI_REPORT_FORMAT:
 *
 * The version of the report interchange format this library writes, the
 * value of its `format` key.
 */
#define FAZHI_REPORT_FORMAT 1

/**
 * FazhiReportLevel:
 * @FAZHI_REPORT_LEVEL_UNKNOWN: not known
 * @FAZHI_REPORT_LEVEL_DEPARTMENT: a government department (局, 委, 办…)
 * @FAZHI_REPORT_LEVEL_GOVERNMENT: a county or city government
 * @FAZHI_REPORT_LEVEL_PROVINCE: a province-level government
 *
 * Who wrote a report, which decides its deadlines.
 */
typedef enum
{
  FAZHI_REPORT_LEVEL_UNKNOWN,
  FAZHI_REPORT_LEVEL_DEPARTMENT,
  FAZHI_REPORT_LEVEL_GOVERNMENT,
  FAZHI_REPORT_LEVEL_PROVINCE,
} FazhiReportLevel;

/**
 * FazhiJsonFlags:
 * @FAZHI_JSON_FLAGS_NONE: compact JSON without the source text
 * @FAZHI_JSON_FLAGS_PRETTY: indent the JSON for people to read
 * @FAZHI_JSON_FLAGS_INCLUDE_TEXT: add the decoded source text as `text`, so
 *   that the report read back has its [class@Fazhi.Document] again
 *
 * How [method@Fazhi.Report.to_json] writes a report.
 */
typedef enum /*< flags >*/
{
  FAZHI_JSON_FLAGS_NONE = 0,
  FAZHI_JSON_FLAGS_PRETTY = 1 << 0,
  FAZHI_JSON_FLAGS_INCLUDE_TEXT = 1 << 1,
} FazhiJsonFlags;

#define FAZHI_TYPE_REPORT (fazhi_report_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiReport, fazhi_report, FAZHI, REPORT, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiReport       *fazhi_report_new                   (void);
FAZHI_AVAILABLE_IN_ALL
FazhiReport       *fazhi_report_new_from_json         (const char         *json,
                                                       gssize              length,
                                                       GError            **error);
FAZHI_AVAILABLE_IN_ALL
FazhiReport       *fazhi_report_new_from_json_node    (JsonNode           *node,
                                                       GError            **error);
FAZHI_AVAILABLE_IN_ALL
FazhiReport       *fazhi_report_new_from_json_file    (const char         *path,
                                                       GError            **error);
FAZHI_AVAILABLE_IN_ALL
char              *fazhi_report_to_json               (FazhiReport        *self,
                                                       FazhiJsonFlags      flags);
FAZHI_AVAILABLE_IN_ALL
JsonNode          *fazhi_report_to_json_node          (FazhiReport        *self,
                                                       FazhiJsonFlags      flags);
FAZHI_AVAILABLE_IN_ALL
gboolean           fazhi_report_save_json             (FazhiReport        *self,
                                                       const char         *path,
                                                       FazhiJsonFlags      flags,
                                                       GError            **error);

FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_report_get_agency            (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_agency            (FazhiReport        *self,
                                                       const char         *agency);
FAZHI_AVAILABLE_IN_ALL
int                fazhi_report_get_year              (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_year              (FazhiReport        *self,
                                                       int                 year);
FAZHI_AVAILABLE_IN_ALL
const GDate       *fazhi_report_get_date              (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_date              (FazhiReport        *self,
                                                       const GDate        *date);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_date_dmy          (FazhiReport        *self,
                                                       GDateDay            day,
                                                       GDateMonth          month,
                                                       GDateYear           year);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_report_get_addressee         (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_addressee         (FazhiReport        *self,
                                                       const char         *addressee);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_report_get_title             (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_title             (FazhiReport        *self,
                                                       const char         *title);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_report_get_framework         (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_framework         (FazhiReport        *self,
                                                       const char         *framework);
FAZHI_AVAILABLE_IN_ALL
FazhiReportLevel   fazhi_report_get_level             (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_level             (FazhiReport        *self,
                                                       FazhiReportLevel    level);
FAZHI_AVAILABLE_IN_ALL
gboolean           fazhi_report_get_is_report         (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_is_report         (FazhiReport        *self,
                                                       gboolean            is_report);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_report_get_source            (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_source            (FazhiReport        *self,
                                                       const char         *source);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_report_get_encoding          (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_encoding          (FazhiReport        *self,
                                                       const char         *encoding);
FAZHI_AVAILABLE_IN_ALL
FazhiDocument     *fazhi_report_get_document          (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_set_document          (FazhiReport        *self,
                                                       FazhiDocument      *document);

FAZHI_AVAILABLE_IN_ALL
GListModel        *fazhi_report_get_sections          (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
GListModel        *fazhi_report_get_figures           (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
GListModel        *fazhi_report_get_targets           (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
GListModel        *fazhi_report_get_duties            (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_add_section           (FazhiReport        *self,
                                                       FazhiSection       *section);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_add_figure            (FazhiReport        *self,
                                                       FazhiFigure        *figure);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_add_target            (FazhiReport        *self,
                                                       FazhiTarget        *target);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_report_add_duty_evidence     (FazhiReport        *self,
                                                       FazhiDutyEvidence  *evidence);

FAZHI_AVAILABLE_IN_ALL
FazhiSection      *fazhi_report_find_section          (FazhiReport        *self,
                                                       guint               line);
FAZHI_AVAILABLE_IN_ALL
FazhiSection      *fazhi_report_find_part             (FazhiReport        *self,
                                                       const char         *part);
FAZHI_AVAILABLE_IN_ALL
GListModel        *fazhi_report_dup_items             (FazhiReport        *self,
                                                       FazhiSection       *parent);
FAZHI_AVAILABLE_IN_ALL
char             **fazhi_report_dup_parts             (FazhiReport        *self);
FAZHI_AVAILABLE_IN_ALL
char             **fazhi_report_dup_areas             (FazhiReport        *self);

/* clang-format on */

G_END_DECLS
