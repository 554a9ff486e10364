/* fazhi-report-private.h: reading and writing the parts of a report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report reader hands each element of "sections", "figures",
 * "targets" and "duties" to these functions together with its place
 * ("sections[3]"), so that a malformed value is reported as
 * `report.json: sections[3].level: expected an integer, found a string`
 * whichever entry point read the file.
 */

#pragma once

#include "fazhi-document.h"
#include "fazhi-duty-evidence.h"
#include "fazhi-figure.h"
#include "fazhi-json-private.h"
#include "fazhi-section.h"
#include "fazhi-target.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* The name used in messages when the JSON did not come from a file. */
#define FAZHI_REPORT_JSON_NAME "<json>"

FazhiSection      *_fazhi_section_new_from_json_object       (const FazhiJsonScope  *scope,
                                                               JsonObject            *object,
                                                               const char            *where,
                                                               GError               **error);
FazhiFigure       *_fazhi_figure_new_from_json_object        (const FazhiJsonScope  *scope,
                                                               JsonObject            *object,
                                                               const char            *where,
                                                               GError               **error);
FazhiTarget       *_fazhi_target_new_from_json_object        (const FazhiJsonScope  *scope,
                                                               JsonObject            *object,
                                                               const char            *where,
                                                               GError               **error);
FazhiDutyEvidence *_fazhi_duty_evidence_new_from_json_object (const FazhiJsonScope  *scope,
                                                               JsonObject            *object,
                                                               const char            *where,
                                                               GError               **error);

/* What the reader finds, before anyone asks for the objects (see
 * fazhi-item-list-private.h). A figure record's strings are one block
 * owned through @text: @subject, when set, points into it, so freeing
 * @text frees both (_fazhi_figure_record_clear). Other records own each
 * of their strings. */
typedef struct
{
  double  value;
  char    unit[24];   /* "万平方米", "个百分点": short, so kept inline */
  char   *subject;
  char   *text;
  guint   line;
  guint   offset;     /* of the number in the paragraph it was read from */
  guint8  kind;       /* FazhiFigureKind */
  guint8  qualifier;  /* FazhiFigureQualifier */
} FazhiFigureRecord;

typedef struct
{
  const char *duty;   /* a slug of a built-in catalog, which lives forever */
  char       *text;
  guint       line;
} FazhiDutyRecord;

/* A section before anyone asks for its object. Heading and body are
 * owned by the record (g_malloc); part, area
 * and @source are borrowed (see _fazhi_report_add_section_records). */
typedef struct
{
  char          *heading;
  char          *body;
  const char    *part;
  const char    *area;
  FazhiDocument *source;       /* where the body was read, or NULL */
  gsize          source_start; /* the body's normalised span in @source */
  gsize          source_end;
  double         area_score;
  guint          level;
  guint          line;
  guint          body_line;
  guint          end_line;
  gboolean       run_in;
} FazhiSectionRecord;

void               _fazhi_figure_record_clear                (FazhiFigureRecord     *record);
gpointer           _fazhi_figure_new_from_record             (gpointer               record);
void               _fazhi_duty_record_clear                  (FazhiDutyRecord       *record);
gpointer           _fazhi_duty_evidence_new_from_record      (gpointer               record);
gpointer           _fazhi_section_new_from_record            (gpointer               record);
JsonNode          *_fazhi_section_record_to_json_node        (const FazhiSectionRecord *record);
JsonNode          *_fazhi_figure_record_to_json_node         (const FazhiFigureRecord *record);
JsonNode          *_fazhi_duty_record_to_json_node           (const FazhiDutyRecord *record);

/* Made by the reader with every field at once, without notifications
 * nobody can be listening to yet. */
FazhiSection      *_fazhi_section_new_full                   (char                  *heading,
                                                               guint                  level,
                                                               gboolean               run_in,
                                                               const char            *part,
                                                               const char            *area,
                                                               double                 area_score,
                                                               char                  *body,
                                                               guint                  line,
                                                               guint                  body_line,
                                                               guint                  end_line);

/* The reader's way in: records and objects in bulk (contents and
 * references taken over), one items-changed per list. */
/* The normalised span of @document a section's body was read from. */
void               _fazhi_section_set_source                 (FazhiSection          *self,
                                                               FazhiDocument         *document,
                                                               gsize                  norm_start,
                                                               gsize                  norm_end);
gboolean           _fazhi_section_get_source                 (FazhiSection          *self,
                                                               FazhiDocument         *document,
                                                               gsize                 *norm_start,
                                                               gsize                 *norm_end);

struct _FazhiReport;
void               _fazhi_report_add_figure_records          (struct _FazhiReport   *report,
                                                               GArray                *records);
void               _fazhi_report_add_duty_records            (struct _FazhiReport   *report,
                                                               GArray                *records);
/* Sections as records, made into objects on demand like figures: the
 * record is filled as _fazhi_section_new_full() fills a section, with
 * heading and body owned by the record, and
 * part, area and @source borrowed (the list keeps copies of the slugs and
 * a reference to the document). Contents are taken over; @records is
 * emptied. */
void               _fazhi_report_add_section_records         (struct _FazhiReport   *report,
                                                               GArray                *records);

/* Writes a number so that it reads back as the same double: integral
 * values as JSON integers, others with full precision, and values JSON
 * cannot hold (NaN, infinities) as null. json-glib 1.6 turns an integral
 * double of 1e17 or more into "1e+17.0", which is not JSON, so doubles
 * are never handed to it when an integer says the same. */
void               _fazhi_report_json_add_number             (JsonBuilder           *builder,
                                                               const char            *member,
                                                               double                 value);

/* clang-format on */

G_END_DECLS
