/* fazhi-checker.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fazhi-catalog-private.h"
#include "fazhi-check-context-private.h"
#include "fazhi-checker-private.h"
#include "fazhi-checker.h"
#include "fazhi-error.h"
#include "fazhi-i18n-private.h"
#include "rules/fazhi-rules-private.h"

/**
 * FazhiChecker:
 *
 * Checks a [class@Fazhi.Report] the way a supervising office reads it: is
 * it complete, on time, backed by evidence, are the leader's duties shown,
 * are the targets real, and — given last year's report of the same agency —
 * what became of last year's targets and shortcomings.
 *
 * The checker runs its rules (see [method@Fazhi.Checker.get_rules]) under
 * a [class@Fazhi.Policy] and returns a [class@Fazhi.CheckResult] with the
 * findings, the follow-up of last year's items and a summary that ranks
 * reports. A checker may check many reports, from several threads at once,
 * as long as no rule is added meanwhile.
 */
struct _FazhiChecker
{
  GObject parent_instance;

  FazhiPolicy *policy;
  GListStore  *rules;
  GPtrArray   *outlines; /* users' outline catalogs, besides the built-in */
};

G_DEFINE_FINAL_TYPE (FazhiChecker, fazhi_checker, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_POLICY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void (* const families[]) (GPtrArray *rules) = {
  _fazhi_rules_add_completeness,
  _fazhi_rules_add_deadlines,
  _fazhi_rules_add_duties,
  _fazhi_rules_add_targets,
  _fazhi_rules_add_quality,
  _fazhi_rules_add_followup,
};

void
_fazhi_rules_add_table (GPtrArray           *rules,
                        const char          *family,
                        const FazhiRuleSpec *specs,
                        guint                n_specs)
{
  for (guint i = 0; i < n_specs; i++)
    g_ptr_array_add (rules, _fazhi_rule_new_builtin (specs[i].id, specs[i].severity, family, _ (specs[i].summary),
                                                     specs[i].func, specs[i].needs_previous));
}

char *
_fazhi_rules_label (const char *heading,
                    const char *text)
{
  if (heading != NULL && *heading != '\0')
    return g_strdup (heading);
  if (text == NULL)
    return g_strdup ("");
  return _fazhi_rules_head (text, 30);
}

char *
_fazhi_rules_head (const char *text,
                   glong       max)
{
  const char *p = text;
  gsize       length;
  char       *head;

  for (glong n = 0; n < max && *p != '\0'; n++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return g_strdup (text);
  length = (gsize) (p - text);
  head = g_malloc (length + sizeof "…");
  memcpy (head, text, length);
  memcpy (head + length, "…", sizeof "…");
  return head;
}

static void
fazhi_checker_finalize (GObject *object)
{
  FazhiChecker *self = (FazhiChecker *) object;

  g_clear_object (&self->policy);
  g_clear_object (&self->rules);
  g_clear_pointer (&self->outlines, g_ptr_array_unref);

  G_OBJECT_CLASS (fazhi_checker_parent_class)->finalize (object);
}

static void
fazhi_checker_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FazhiChecker *self = FAZHI_CHECKER (object);

  switch (prop_id)
    {
    case PROP_POLICY:
      g_value_set_object (value, self->policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_checker_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FazhiChecker *self = FAZHI_CHECKER (object);

  switch (prop_id)
    {
    case PROP_POLICY:
      fazhi_checker_set_policy (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_checker_class_init (FazhiCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_checker_finalize;
  object_class->get_property = fazhi_checker_get_property;
  object_class->set_property = fazhi_checker_set_property;

  /**
   * FazhiChecker:policy:
   *
   * The deadlines, optional areas and rule switches in force; setting
   * %NULL restores the national defaults.
   */
  properties[PROP_POLICY] =
    g_param_spec_object ("policy", NULL, NULL, FAZHI_TYPE_POLICY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_checker_init (FazhiChecker *self)
{
  g_autoptr (GPtrArray) builtin = g_ptr_array_new_with_free_func (g_object_unref);

  self->rules = g_list_store_new (FAZHI_TYPE_RULE);
  self->outlines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    families[i](builtin);
  g_list_store_splice (self->rules, 0, 0, builtin->pdata, builtin->len);
  self->policy = fazhi_policy_new ();
}

/**
 * fazhi_checker_new:
 * @policy: (nullable): the policy to check under, or %NULL for the
 *   national defaults
 *
 * Creates a checker with all the built-in rules.
 *
 * Returns: (transfer full): a new checker
 */
FazhiChecker *
fazhi_checker_new (FazhiPolicy *policy)
{
  g_return_val_if_fail (policy == NULL || FAZHI_IS_POLICY (policy), NULL);

  return g_object_new (FAZHI_TYPE_CHECKER, "policy", policy, NULL);
}

/**
 * fazhi_checker_get_policy:
 * @self: a checker
 *
 * Returns: (transfer none): the policy in force
 */
FazhiPolicy *
fazhi_checker_get_policy (FazhiChecker *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECKER (self), NULL);

  return self->policy;
}

/**
 * fazhi_checker_set_policy:
 * @self: a checker
 * @policy: (nullable): a policy, or %NULL for the national defaults
 *
 * Sets [property@Fazhi.Checker:policy].
 */
void
fazhi_checker_set_policy (FazhiChecker *self,
                          FazhiPolicy  *policy)
{
  g_autoptr (FazhiPolicy) national = NULL;

  g_return_if_fail (FAZHI_IS_CHECKER (self));
  g_return_if_fail (policy == NULL || FAZHI_IS_POLICY (policy));

  if (policy == NULL)
    policy = national = fazhi_policy_new ();
  if (g_set_object (&self->policy, policy))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICY]);
}

/**
 * fazhi_checker_get_rules:
 * @self: a checker
 *
 * Gets the rules, built-in ones first, in the order they run.
 *
 * Returns: (transfer none): a list of [class@Fazhi.Rule]
 */
GListModel *
fazhi_checker_get_rules (FazhiChecker *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECKER (self), NULL);

  return G_LIST_MODEL (self->rules);
}

/**
 * fazhi_checker_lookup_rule:
 * @self: a checker
 * @id: a rule id
 *
 * Returns: (transfer none) (nullable): the rule with that id
 */
FazhiRule *
fazhi_checker_lookup_rule (FazhiChecker *self,
                           const char   *id)
{
  guint n;

  g_return_val_if_fail (FAZHI_IS_CHECKER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rules));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FazhiRule) rule = g_list_model_get_item (G_LIST_MODEL (self->rules), i);

      if (g_str_equal (fazhi_rule_get_id (rule), id))
        return rule;
    }
  return NULL;
}

/**
 * fazhi_checker_add_rule:
 * @self: a checker
 * @rule: a rule made with [ctor@Fazhi.Rule.new]
 * @error: return location for a #GError
 *
 * Adds a rule of your own; it runs after the built-in ones. The policy
 * governs it by its id like any other.
 *
 * Returns: %TRUE, or %FALSE with %FAZHI_ERROR_INVALID_RULE when the id is
 *   not valid or already taken
 */
gboolean
fazhi_checker_add_rule (FazhiChecker *self,
                        FazhiRule    *rule,
                        GError      **error)
{
  const char *id;

  g_return_val_if_fail (FAZHI_IS_CHECKER (self), FALSE);
  g_return_val_if_fail (FAZHI_IS_RULE (rule), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = fazhi_rule_get_id (rule);
  if (!_fazhi_catalog_id_is_valid (id))
    {
      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_RULE,
                   "\"%s\" is not a valid rule id (lower-case letters, digits and '-')", id);
      return FALSE;
    }
  if (fazhi_checker_lookup_rule (self, id) != NULL)
    {
      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_RULE, "a rule with the id \"%s\" exists already", id);
      return FALSE;
    }

  g_list_store_append (self->rules, rule);
  return TRUE;
}

/**
 * fazhi_checker_add_outline:
 * @self: a checker
 * @outline: an outline catalog, such as a province's own
 *
 * Lets the checker judge reports that follow @outline (their
 * [property@Fazhi.Report:framework] is its id) against its areas, as it
 * does for the built-in outlines. Give the reader the same catalog with
 * [method@Fazhi.Reader.add_outline].
 */
void
fazhi_checker_add_outline (FazhiChecker *self,
                           FazhiCatalog *outline)
{
  g_return_if_fail (FAZHI_IS_CHECKER (self));
  g_return_if_fail (FAZHI_IS_CATALOG (outline));
  g_return_if_fail (fazhi_catalog_get_kind (outline) == FAZHI_CATALOG_KIND_OUTLINE);

  g_ptr_array_add (self->outlines, g_object_ref (outline));
}

/* The outline a report follows: a built-in one, or one the caller added. */
static FazhiCatalog *
lookup_framework (FazhiChecker *self,
                  FazhiReport  *report)
{
  const char   *id = fazhi_report_get_framework (report);
  FazhiCatalog *builtin;

  if (id == NULL)
    return NULL;
  builtin = fazhi_catalog_get_builtin (id);
  if (builtin != NULL && fazhi_catalog_get_kind (builtin) == FAZHI_CATALOG_KIND_OUTLINE)
    return builtin;
  for (guint i = self->outlines->len; i > 0; i--)
    if (g_str_equal (fazhi_catalog_get_id (g_ptr_array_index (self->outlines, i - 1)), id))
      return g_ptr_array_index (self->outlines, i - 1);
  return NULL;
}

/* ------------------------------------------------------------------ */
/* The summary                                                         */
/* ------------------------------------------------------------------ */

/* Splits a catalog's required entries into those in @present, what the
 * report has, and the rest. */
static void
split_entries (FazhiCatalog       *catalog,
               FazhiPolicy        *policy,
               const char * const *present,
               GStrvBuilder       *have,
               GStrvBuilder       *lack,
               guint              *n_have,
               guint              *n_required)
{
  for (guint i = 0; catalog != NULL && i < fazhi_catalog_get_n_entries (catalog); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (catalog, i);
      const char        *slug = fazhi_catalog_entry_get_slug (entry);
      gboolean           required = fazhi_catalog_entry_get_required (entry) &&
                          (policy == NULL || !fazhi_policy_is_area_optional (policy, slug));

      if (g_strv_contains (present, slug))
        {
          g_strv_builder_add (have, slug);
          if (required)
            (*n_have)++;
        }
      else if (required)
        g_strv_builder_add (lack, slug);
      if (required)
        (*n_required)++;
    }
}

static FazhiSummary *
summarise (FazhiReport  *report,
           FazhiCatalog *framework,
           FazhiPolicy  *policy,
           const guint   counts[3],
           GArray       *followup)
{
  g_autoptr (GStrvBuilder) parts_have = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) parts_lack = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) areas_have = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) areas_lack = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) duties_have = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) duties_lack = g_strv_builder_new ();
  g_auto (GStrv)           parts_present = NULL, parts_missing = NULL, areas_covered = NULL, areas_missing = NULL;
  g_auto (GStrv)           duties_evidenced = NULL, duties_missing = NULL;
  GListModel              *targets = fazhi_report_get_targets (report);
  GListModel              *sections = fazhi_report_get_sections (report);
  GListModel              *duties = fazhi_report_get_duties (report);
  g_autoptr (GPtrArray)    parts = g_ptr_array_new ();
  g_autoptr (GPtrArray)    duties_present = g_ptr_array_new ();
  g_auto (GStrv)           areas = NULL;
  guint                    parts_n = 0, parts_required = 0;
  guint                    areas_n = 0, areas_required = 0;
  guint                    duties_n = 0, duties_required = 0;
  guint                    n_targets = g_list_model_get_n_items (targets);
  guint                    n_measurable = 0;
  double                   followup_rate = -1;
  double                   score = 0, weight = 0;

  /* What the report has, listed once rather than looked up per entry. A
   * part is present when a section has it: fazhi_report_find_part() finds
   * the first such section whose parent is not of the part, and walking
   * up from any section of the part reaches one. */
  for (guint i = 0, n = g_list_model_get_n_items (sections); i < n; i++)
    {
      FazhiSectionView section;
      const char      *part;

      _fazhi_section_view_init (&section, sections, i);
      part = section.part;

      if (part != NULL)
        g_ptr_array_add (parts, (gpointer) part);
    }
  g_ptr_array_add (parts, NULL);
  for (guint i = 0, n = g_list_model_get_n_items (duties); i < n; i++)
    g_ptr_array_add (duties_present, (gpointer) _fazhi_report_list_get_duty (duties, i));
  g_ptr_array_add (duties_present, NULL);
  areas = fazhi_report_dup_areas (report);

  split_entries (fazhi_catalog_get_builtin ("parts"), NULL, (const char * const *) parts->pdata, parts_have,
                 parts_lack, &parts_n, &parts_required);
  split_entries (framework, policy, (const char * const *) areas, areas_have, areas_lack, &areas_n, &areas_required);
  split_entries (fazhi_catalog_get_builtin ("duties-2016"), NULL, (const char * const *) duties_present->pdata,
                 duties_have, duties_lack, &duties_n, &duties_required);

  for (guint i = 0; i < n_targets; i++)
    {
      n_measurable += fazhi_target_get_measurable (_fazhi_report_list_peek (targets, i));
    }
  if (followup != NULL && followup->len > 0)
    {
      double done = 0;

      for (guint i = 0; i < followup->len; i++)
        {
          FazhiFollowup *item = g_array_index (followup, FazhiFollowupItem, i).followup;

          if (fazhi_followup_get_status (item) == FAZHI_TARGET_STATUS_MET)
            done += 1;
          else if (fazhi_followup_get_status (item) == FAZHI_TARGET_STATUS_PARTLY)
            done += 0.5;
        }
      followup_rate = done / followup->len;
    }

    /* The score weighs what the supervision rules ask for most; a part of it
   * that cannot be judged (no outline, no targets, no previous report)
   * drops out rather than counting as zero. */
#define WEIGH(w, have, of) \
  G_STMT_START \
  { \
    if ((of) > 0) \
      { \
        score += (w) * (double) (have) / (of); \
        weight += (w); \
      } \
  } \
  G_STMT_END
  WEIGH (30, parts_n, parts_required);
  WEIGH (20, areas_n, areas_required);
  WEIGH (20, duties_n, duties_required);
  WEIGH (15, n_measurable, n_targets);
  if (followup_rate >= 0)
    {
      score += 15 * followup_rate;
      weight += 15;
    }
#undef WEIGH
  score = weight > 0 ? 100.0 * score / weight : 0;
  score -= 10.0 * counts[FAZHI_SEVERITY_ERROR] + 2.0 * counts[FAZHI_SEVERITY_WARNING];
  if (!fazhi_report_get_is_report (report))
    score = 0;
  score = CLAMP (round (score * 10) / 10, 0, 100);

  parts_present = g_strv_builder_end (parts_have);
  parts_missing = g_strv_builder_end (parts_lack);
  areas_covered = g_strv_builder_end (areas_have);
  areas_missing = g_strv_builder_end (areas_lack);
  duties_evidenced = g_strv_builder_end (duties_have);
  duties_missing = g_strv_builder_end (duties_lack);

  return _fazhi_summary_new ((const char * const *) parts_present, (const char * const *) parts_missing,
                             (const char * const *) areas_covered, (const char * const *) areas_missing,
                             (const char * const *) duties_evidenced, (const char * const *) duties_missing,
                             n_targets, n_measurable, followup_rate,
                             counts[FAZHI_SEVERITY_ERROR], counts[FAZHI_SEVERITY_WARNING],
                             counts[FAZHI_SEVERITY_INFO], score);
}

/* ------------------------------------------------------------------ */
/* Checking                                                            */
/* ------------------------------------------------------------------ */

/* Whether @rule runs under the policy, and at what severity. */
static gboolean
rule_applies (FazhiChecker  *self,
              FazhiRule     *rule,
              FazhiSeverity *severity)
{
  FazhiRuleMode mode = fazhi_policy_get_rule_mode (self->policy, fazhi_rule_get_id (rule));

  *severity = fazhi_rule_get_severity (rule);
  switch (mode)
    {
    case FAZHI_RULE_MODE_OFF:
      return FALSE;
    case FAZHI_RULE_MODE_ON:
      return TRUE;
    case FAZHI_RULE_MODE_INFO:
      *severity = FAZHI_SEVERITY_INFO;
      return TRUE;
    case FAZHI_RULE_MODE_WARNING:
      *severity = FAZHI_SEVERITY_WARNING;
      return TRUE;
    case FAZHI_RULE_MODE_ERROR:
      *severity = FAZHI_SEVERITY_ERROR;
      return TRUE;
    case FAZHI_RULE_MODE_DEFAULT:
    default:
      return fazhi_rule_get_enabled (rule);
    }
}

/**
 * fazhi_checker_check:
 * @self: a checker
 * @report: the report to check
 * @previous: (nullable): last year's report of the same agency, for the
 *   follow-up rules
 *
 * Runs every rule that applies under the policy. When the text is not an
 * annual rule-of-law report at all, only `not-a-report` is reported: the
 * other rules would only add noise.
 *
 * Returns: (transfer full): the findings, follow-up and summary
 */
FazhiCheckResult *
fazhi_checker_check (FazhiChecker *self,
                     FazhiReport  *report,
                     FazhiReport  *previous)
{
  g_autoptr (FazhiCheckResult)  result = NULL;
  g_autoptr (FazhiCheckContext) context = NULL;
  g_autoptr (FazhiSummary)      summary = NULL;
  g_autoptr (FazhiPolicy)       policy = NULL;
  GListModel                   *rules;
  GArray                       *followup;
  gboolean                      is_report;
  guint                         counts[3] = { 0, 0, 0 };

  g_return_val_if_fail (FAZHI_IS_CHECKER (self), NULL);
  g_return_val_if_fail (FAZHI_IS_REPORT (report), NULL);
  g_return_val_if_fail (previous == NULL || FAZHI_IS_REPORT (previous), NULL);

  policy = g_object_ref (self->policy);
  result = _fazhi_check_result_new (fazhi_report_get_source (report));
  context = _fazhi_check_context_new (report, previous, policy, lookup_framework (self, report), result);
  is_report = fazhi_report_get_is_report (report);

  rules = G_LIST_MODEL (self->rules);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr (FazhiRule) rule = g_list_model_get_item (rules, i);
      FazhiSeverity         severity;

      if (!rule_applies (self, rule, &severity))
        continue;
      if (!is_report && !g_str_equal (fazhi_rule_get_id (rule), "not-a-report"))
        continue;
      if (fazhi_rule_get_needs_previous (rule) && previous == NULL)
        continue;

      _fazhi_check_context_begin_rule (context, rule, severity);
      _fazhi_rule_run (rule, context);
    }
  _fazhi_check_context_begin_rule (context, NULL, FAZHI_SEVERITY_INFO);

  followup = is_report ? _fazhi_check_context_get_followup (context) : NULL;
  for (guint i = 0; followup != NULL && i < followup->len; i++)
    _fazhi_check_result_add_followup (result, g_array_index (followup, FazhiFollowupItem, i).followup);

  _fazhi_check_context_finish (context, counts);
  summary = summarise (report, fazhi_check_context_get_framework (context), policy, counts, followup);
  _fazhi_check_result_set_summary (result, summary);

  return g_steal_pointer (&result);
}

typedef struct
{
  FazhiReport *report;
  FazhiReport *previous;
} CheckJob;

static void
check_job_free (CheckJob *job)
{
  g_clear_object (&job->report);
  g_clear_object (&job->previous);
  g_free (job);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckJob *job = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, fazhi_checker_check (source_object, job->report, job->previous), g_object_unref);
}

/**
 * fazhi_checker_check_async:
 * @self: a checker
 * @report: the report to check
 * @previous: (nullable): last year's report of the same agency
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the check is done
 * @user_data: data for @callback
 *
 * Checks a report in a worker thread, so that a report can be checked
 * while it is typed without blocking the user interface. Custom rules then
 * run in that thread too.
 */
void
fazhi_checker_check_async (FazhiChecker       *self,
                           FazhiReport        *report,
                           FazhiReport        *previous,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  CheckJob         *job;

  g_return_if_fail (FAZHI_IS_CHECKER (self));
  g_return_if_fail (FAZHI_IS_REPORT (report));
  g_return_if_fail (previous == NULL || FAZHI_IS_REPORT (previous));

  job = g_new0 (CheckJob, 1);
  job->report = g_object_ref (report);
  job->previous = previous ? g_object_ref (previous) : NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fazhi_checker_check_async);
  g_task_set_task_data (task, job, (GDestroyNotify) check_job_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * fazhi_checker_check_finish:
 * @self: a checker
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the check's result, or %NULL with @error set
 *   when it was cancelled
 */
FazhiCheckResult *
fazhi_checker_check_finish (FazhiChecker *self,
                            GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (FAZHI_IS_CHECKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
