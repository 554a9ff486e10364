/* fazhi-check-context-private.h: what rules share while a report is checked
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "fazhi-check-context.h"
#include "fazhi-check-result.h"
#include "fazhi-document-private.h"
#include "fazhi-followup.h"
#include "fazhi-followup-analysis-private.h"
#include "fazhi-item-list-private.h"
#include "fazhi-report-private.h"
#include "fazhi-rule.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* A sentence of a section body, ended by 。！？；. */
typedef struct
{
  guint                 section;   /* index in the report's sections */
  const FazhiParagraph *paragraph;
  gsize                 start;     /* byte span in paragraph->text */
  gsize                 end;
  guint                 line;      /* where the sentence starts */
} FazhiSentence;

/* A report's text split for rules that read prose: per-section documents
 * made from the section bodies (so reports read back from JSON are
 * checked the same way), their repaired paragraphs and the sentences. */
struct _FazhiReportText
{
  FazhiReport *report;
  GArray      *sections;    /* FazhiSectionView of the report's sections */
  GPtrArray   *documents;   /* FazhiDocument or NULL, per section */
  GPtrArray   *paragraphs;  /* FazhiParagraph of all sections, in order */
  guint       *first_paragraph; /* per section and one past the last: its
                                 * first paragraph in paragraphs */
  GArray      *sentences;   /* FazhiSentence */
};

FazhiReportText *_fazhi_report_text_new          (FazhiReport           *report);
void             _fazhi_report_text_free         (FazhiReportText       *self);
char            *_fazhi_report_text_dup_original (FazhiReportText       *self,
                                                  const FazhiSentence   *sentence);
const struct _FazhiSectionView *_fazhi_report_text_get_section (FazhiReportText *self,
                                                                guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FazhiReportText, _fazhi_report_text_free)

FazhiRule         *_fazhi_rule_new_builtin       (const char            *id,
                                                  FazhiSeverity          severity,
                                                  const char            *family,
                                                  const char            *summary,
                                                  FazhiRuleFunc          func,
                                                  gboolean               needs_previous);
void               _fazhi_rule_run               (FazhiRule             *self,
                                                  FazhiCheckContext     *context);

FazhiCheckContext *_fazhi_check_context_new      (FazhiReport           *report,
                                                  FazhiReport           *previous,
                                                  FazhiPolicy           *policy,
                                                  FazhiCatalog          *framework,
                                                  FazhiCheckResult      *result);
void               _fazhi_check_context_begin_rule (FazhiCheckContext   *self,
                                                  FazhiRule             *rule,
                                                  FazhiSeverity          severity);
FazhiReportText   *_fazhi_check_context_get_text (FazhiCheckContext     *self);
FazhiReportText   *_fazhi_check_context_get_previous_text (FazhiCheckContext *self);
/* The part or area a line of the report is in, for findings. */
void               _fazhi_check_context_locate   (FazhiCheckContext     *self,
                                                  FazhiFinding          *finding);
/* fazhi_check_context_add() with the finding's part or area set to
 * @part or @area rather than found from @line, unless NULL. */
FazhiFinding      *_fazhi_check_context_add_at   (FazhiCheckContext     *self,
                                                  guint                  line,
                                                  const char            *message,
                                                  const char            *part,
                                                  const char            *area);
/* Hands the findings of the rules to the result, sorted, adding how
 * many there are of each severity to @counts. */
void               _fazhi_check_context_finish   (FazhiCheckContext     *self,
                                                  guint                  counts[3]);
/* Follow-up of last year's items (FazhiFollowupItem, in last year's
 * order), worked out once per check; NULL without a previous report. */
GArray            *_fazhi_check_context_get_followup (FazhiCheckContext *self);

/* clang-format on */

/* An item of one of the report's lists (sections, duties, targets…),
 * borrowed: the list keeps it as long as the report lives. Rules walk
 * these lists again and again, and g_list_model_get_item() checks the
 * interface and takes a reference each time. A report's lists are always
 * FazhiItemLists, however the report was made (reader, JSON, by hand). */
static inline gpointer
_fazhi_report_list_peek (GListModel *list,
                         guint       position)
{
  return _fazhi_item_list_peek (FAZHI_ITEM_LIST (list), position);
}

/* A section of a report's list as rules read it. The reader leaves its
 * sections as records until someone asks for the objects, and making and
 * then freeing every section object cost more than most rules: a view
 * reads the record while there is one, the object otherwise (a report
 * read from JSON or made by hand, or a section made meanwhile). Valid
 * while the report is not changed. */
typedef struct _FazhiSectionView
{
  const char               *heading;
  const char               *body;
  const char               *part;
  const char               *area;
  guint                     level;
  guint                     line;
  guint                     body_line;
  guint                     end_line;
  gboolean                  run_in;
  FazhiSection             *object; /* NULL when read from the record */
  const FazhiSectionRecord *record; /* NULL when read from the object */
} FazhiSectionView;

static inline void
_fazhi_section_view_init (FazhiSectionView *view,
                          GListModel       *sections,
                          guint             position)
{
  const FazhiSectionRecord *record = _fazhi_item_list_peek_record (FAZHI_ITEM_LIST (sections), position);

  view->record = record;
  if (record != NULL)
    {
      /* As _fazhi_section_new_from_record() makes the object. */
      view->object = NULL;
      view->heading = record->heading;
      view->body = record->body;
      view->part = record->part;
      view->area = record->area;
      view->level = record->level;
      view->line = record->line;
      view->body_line = record->body_line;
      view->end_line = record->end_line;
      view->run_in = !!record->run_in;
      return;
    }
  view->object = _fazhi_report_list_peek (sections, position);
  view->heading = fazhi_section_get_heading (view->object);
  view->body = fazhi_section_get_body (view->object);
  view->part = fazhi_section_get_part (view->object);
  view->area = fazhi_section_get_area (view->object);
  view->level = fazhi_section_get_level (view->object);
  view->line = fazhi_section_get_line (view->object);
  view->body_line = fazhi_section_get_body_line (view->object);
  view->end_line = fazhi_section_get_end_line (view->object);
  view->run_in = fazhi_section_get_run_in (view->object);
}

/* _fazhi_section_get_source() of the viewed section. */
static inline gboolean
_fazhi_section_view_get_source (const FazhiSectionView *view,
                                FazhiDocument          *document,
                                gsize                  *norm_start,
                                gsize                  *norm_end)
{
  if (view->object != NULL)
    return _fazhi_section_get_source (view->object, document, norm_start, norm_end);
  if (document == NULL || view->record->source != document)
    return FALSE;
  *norm_start = view->record->source_start;
  *norm_end = view->record->source_end;
  return TRUE;
}

/* The duty a duty evidence of a report's list shows, without making the
 * object if there is a record (see FazhiSectionView). */
static inline const char *
_fazhi_report_list_get_duty (GListModel *duties,
                             guint       position)
{
  const FazhiDutyRecord *record = _fazhi_item_list_peek_record (FAZHI_ITEM_LIST (duties), position);

  if (record != NULL)
    return record->duty;
  return fazhi_duty_evidence_get_duty (_fazhi_report_list_peek (duties, position));
}

G_END_DECLS
