/* fazhi-check-context.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-check-context-private.h"
#include "fazhi-checker-private.h"

/**
 * FazhiCheckContext:
 *
 * What a [class@Fazhi.Rule] sees while it runs: the report, last year's
 * report if one was given, the policy and the outline the report follows,
 * and where its findings go.
 *
 * A context lives only during [method@Fazhi.Checker.check]; rules must not
 * keep it.
 */
struct _FazhiCheckContext
{
  GObject parent_instance;

  FazhiReport      *report;
  FazhiReport      *previous;
  FazhiPolicy      *policy;
  FazhiCatalog     *framework;
  FazhiCheckResult *result;
  FazhiRule        *rule;     /* the rule running now */
  FazhiSeverity     severity; /* its severity under the policy */
  FazhiReportText  *text;
  FazhiReportText  *previous_text;
  GArray           *followup;
  gboolean          followup_done;
  GArray           *places;   /* of Place, one per section, built on first use */
  GPtrArray        *findings; /* FazhiFinding, for the result once all rules ran */
};

/* What a finding on a section's lines is filed under. */
typedef struct
{
  guint       first;
  guint       last;
  guint       level;
  const char *part; /* owned by the section, which the report keeps */
  const char *area; /* of the nearest classified heading at or above it */
} Place;

G_DEFINE_FINAL_TYPE (FazhiCheckContext, fazhi_check_context, G_TYPE_OBJECT)

static void
fazhi_check_context_finalize (GObject *object)
{
  FazhiCheckContext *self = (FazhiCheckContext *) object;

  g_clear_object (&self->report);
  g_clear_object (&self->previous);
  g_clear_object (&self->policy);
  g_clear_object (&self->framework);
  g_clear_object (&self->result);
  g_clear_object (&self->rule);
  g_clear_pointer (&self->text, _fazhi_report_text_free);
  g_clear_pointer (&self->previous_text, _fazhi_report_text_free);
  g_clear_pointer (&self->followup, g_array_unref);
  g_clear_pointer (&self->places, g_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (fazhi_check_context_parent_class)->finalize (object);
}

static void
fazhi_check_context_class_init (FazhiCheckContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_check_context_finalize;
}

static void
fazhi_check_context_init (FazhiCheckContext *self)
{
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
}

FazhiCheckContext *
_fazhi_check_context_new (FazhiReport      *report,
                          FazhiReport      *previous,
                          FazhiPolicy      *policy,
                          FazhiCatalog     *framework,
                          FazhiCheckResult *result)
{
  FazhiCheckContext *self = g_object_new (FAZHI_TYPE_CHECK_CONTEXT, NULL);

  self->report = g_object_ref (report);
  self->previous = previous ? g_object_ref (previous) : NULL;
  self->policy = g_object_ref (policy);
  self->result = g_object_ref (result);
  /* A report naming an outline nobody gave us has no framework to be
   * checked against. */
  self->framework = framework ? g_object_ref (framework) : NULL;

  return self;
}

void
_fazhi_check_context_begin_rule (FazhiCheckContext *self,
                                 FazhiRule         *rule,
                                 FazhiSeverity      severity)
{
  g_set_object (&self->rule, rule);
  self->severity = severity;
}

FazhiReportText *
_fazhi_check_context_get_text (FazhiCheckContext *self)
{
  if (self->text == NULL)
    self->text = _fazhi_report_text_new (self->report);
  return self->text;
}

FazhiReportText *
_fazhi_check_context_get_previous_text (FazhiCheckContext *self)
{
  if (self->previous == NULL)
    return NULL;
  if (self->previous_text == NULL)
    self->previous_text = _fazhi_report_text_new (self->previous);
  return self->previous_text;
}

GArray *
_fazhi_check_context_get_followup (FazhiCheckContext *self)
{
  if (self->previous != NULL && !self->followup_done)
    {
      self->followup = _fazhi_followup_analyse (self->report, _fazhi_check_context_get_text (self),
                                                self->previous, _fazhi_check_context_get_previous_text (self));
      self->followup_done = TRUE;
    }
  return self->followup;
}

static GArray *
build_places (FazhiReport *report)
{
  GListModel *sections = fazhi_report_get_sections (report);
  guint       n = g_list_model_get_n_items (sections);
  GArray     *places = g_array_sized_new (FALSE, TRUE, sizeof (Place), n);

  for (guint i = 0; i < n; i++)
    {
      FazhiSectionView section;
      Place            place = { 0 };

      _fazhi_section_view_init (&section, sections, i);
      place.first = section.line;
      place.last = MAX (section.end_line, place.first);
      place.level = section.level;
      place.part = section.part;
      place.area = section.area;
      g_array_append_val (places, place);
    }

  /* An unclassified section below the top level takes the area of its
   * parent, the nearest earlier section with a smaller level. Parents come
   * first, so theirs is already resolved up the whole chain. */
  for (guint i = 0; i < n; i++)
    {
      Place *place = &g_array_index (places, Place, i);

      if (place->area != NULL || place->level <= 1)
        continue;
      for (guint k = i; k > 0; k--)
        {
          const Place *parent = &g_array_index (places, Place, k - 1);

          if (parent->level < place->level)
            {
              place->area = parent->area;
              break;
            }
        }
    }

  return places;
}

/* The innermost section holding @line, the later of two at one level,
 * or NULL. */
static const Place *
find_place (FazhiCheckContext *self,
            guint              line)
{
  const Place *found = NULL;

  if (line == 0)
    return NULL;
  if (self->places == NULL)
    self->places = build_places (self->report);

  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);

      if (place->first == 0 || line < place->first || line > place->last)
        continue;
      if (found == NULL || place->level >= found->level)
        found = place;
    }
  return found;
}

void
_fazhi_check_context_locate (FazhiCheckContext *self,
                             FazhiFinding      *finding)
{
  const Place *found = find_place (self, fazhi_finding_get_line (finding));

  if (found == NULL)
    return;

  if (fazhi_finding_get_part (finding) == NULL)
    fazhi_finding_set_part (finding, found->part);
  if (fazhi_finding_get_area (finding) == NULL && found->area != NULL)
    fazhi_finding_set_area (finding, found->area);
}

/**
 * fazhi_check_context_get_report:
 * @self: a check context
 *
 * Returns: (transfer none): the report being checked
 */
FazhiReport *
fazhi_check_context_get_report (FazhiCheckContext *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_CONTEXT (self), NULL);

  return self->report;
}

/**
 * fazhi_check_context_get_previous:
 * @self: a check context
 *
 * Returns: (transfer none) (nullable): last year's report of the same
 *   agency, when the caller gave one
 */
FazhiReport *
fazhi_check_context_get_previous (FazhiCheckContext *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_CONTEXT (self), NULL);

  return self->previous;
}

/**
 * fazhi_check_context_get_policy:
 * @self: a check context
 *
 * Returns: (transfer none): the policy in force
 */
FazhiPolicy *
fazhi_check_context_get_policy (FazhiCheckContext *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_CONTEXT (self), NULL);

  return self->policy;
}

/**
 * fazhi_check_context_get_framework:
 * @self: a check context
 *
 * Returns: (transfer none) (nullable): the outline catalog the report
 *   follows, if it is built in or was given to the checker with
 *   [method@Fazhi.Checker.add_outline]
 */
FazhiCatalog *
fazhi_check_context_get_framework (FazhiCheckContext *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_CONTEXT (self), NULL);

  return self->framework;
}

/**
 * fazhi_check_context_get_rule:
 * @self: a check context
 *
 * Returns: (transfer none) (nullable): the rule running now
 */
FazhiRule *
fazhi_check_context_get_rule (FazhiCheckContext *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_CONTEXT (self), NULL);

  return self->rule;
}

/**
 * fazhi_check_context_add:
 * @self: a check context
 * @line: the 1-based line the finding points at, or 0 for the report as a
 *   whole
 * @message: what is wrong, for a reviewer to read
 *
 * Reports a finding of the running rule, with the severity the policy
 * gives it. The part and area are filled in from @line; set other lines
 * with [method@Fazhi.Finding.set_lines] on the returned finding.
 *
 * Returns: (transfer none): the finding, owned by the check's result
 */
FazhiFinding *
fazhi_check_context_add (FazhiCheckContext *self,
                         guint              line,
                         const char        *message)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_CONTEXT (self), NULL);
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (self->rule != NULL, NULL);

  return _fazhi_check_context_add_at (self, line, message, NULL, NULL);
}

FazhiFinding *
_fazhi_check_context_add_at (FazhiCheckContext *self,
                             guint              line,
                             const char        *message,
                             const char        *part,
                             const char        *area)
{
  FazhiFinding *finding;
  const Place  *place;

  /* As fazhi_finding_new(), fazhi_finding_set_line(),
   * _fazhi_check_context_locate() and then the setters of @part and @area
   * would make it. */
  place = find_place (self, line);
  if (part == NULL && place != NULL)
    part = place->part;
  if (area == NULL && place != NULL)
    area = place->area;
  finding = _fazhi_finding_new_at (fazhi_rule_get_id (self->rule), self->severity, message, line, part, area);
  g_ptr_array_add (self->findings, finding);

  return finding;
}

/**
 * fazhi_check_context_add_finding:
 * @self: a check context
 * @finding: a finding made by the rule
 *
 * Reports a finding the rule built itself. Its severity is replaced by
 * the policy's when the policy sets one for the running rule.
 */
void
fazhi_check_context_add_finding (FazhiCheckContext *self,
                                 FazhiFinding      *finding)
{
  FazhiRuleMode mode;

  g_return_if_fail (FAZHI_IS_CHECK_CONTEXT (self));
  g_return_if_fail (FAZHI_IS_FINDING (finding));
  g_return_if_fail (self->rule != NULL);

  mode = fazhi_policy_get_rule_mode (self->policy, fazhi_finding_get_rule (finding));
  if (mode == FAZHI_RULE_MODE_INFO)
    fazhi_finding_set_severity (finding, FAZHI_SEVERITY_INFO);
  else if (mode == FAZHI_RULE_MODE_WARNING)
    fazhi_finding_set_severity (finding, FAZHI_SEVERITY_WARNING);
  else if (mode == FAZHI_RULE_MODE_ERROR)
    fazhi_finding_set_severity (finding, FAZHI_SEVERITY_ERROR);
  _fazhi_check_context_locate (self, finding);
  g_ptr_array_add (self->findings, g_object_ref (finding));
}

void
_fazhi_check_context_finish (FazhiCheckContext *self,
                             guint              counts[3])
{
  for (guint i = 0; i < self->findings->len; i++)
    counts[fazhi_finding_get_severity (g_ptr_array_index (self->findings, i))]++;
  _fazhi_check_result_add_sorted (self->result, self->findings);
  g_ptr_array_set_size (self->findings, 0);
}
