/* fazhi-check-result.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-check-result.h"
#include "fazhi-checker-private.h"
#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiCheckResult:
 *
 * What checking one report found.
 *
 * The [property@Fazhi.CheckResult:findings] are the
 * [class@Fazhi.Finding]s of every rule that ran, ordered by line (those
 * about the whole report first), then by severity (errors first), then by
 * rule. When last year's report was given too, the
 * [property@Fazhi.CheckResult:followup] says what became of each of its
 * targets and shortcomings. The [property@Fazhi.CheckResult:summary] gives
 * the figures at a glance.
 *
 * A result can be written as JSON with [method@Fazhi.CheckResult.to_json]
 * and read back with [ctor@Fazhi.CheckResult.new_from_json], so that a
 * check made once can be shown, compared or archived later. Reading is as
 * strict as for reports: a malformed result fails with a %FAZHI_ERROR
 * that names the place, such as
 * `<json>: findings[2].severity: unknown value "fatal" (expected one of "info", "warning", "error")`.
 */
struct _FazhiCheckResult
{
  GObject parent_instance;

  char         *file;
  GListStore   *findings; /* FazhiFinding */
  GListStore   *followup; /* FazhiFollowup, in last year's order */
  FazhiSummary *summary;
};

G_DEFINE_FINAL_TYPE (FazhiCheckResult, fazhi_check_result, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_FINDINGS,
  PROP_FOLLOWUP,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_check_result_finalize (GObject *object)
{
  FazhiCheckResult *self = (FazhiCheckResult *) object;

  g_clear_pointer (&self->file, g_free);
  g_clear_object (&self->findings);
  g_clear_object (&self->followup);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (fazhi_check_result_parent_class)->finalize (object);
}

static void
fazhi_check_result_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FazhiCheckResult *self = FAZHI_CHECK_RESULT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;
    case PROP_FOLLOWUP:
      g_value_set_object (value, self->followup);
      break;
    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_check_result_class_init (FazhiCheckResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_check_result_finalize;
  object_class->get_property = fazhi_check_result_get_property;

  /**
   * FazhiCheckResult:file:
   *
   * The name of the file the checked report was read from, or %NULL.
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCheckResult:findings:
   *
   * The [class@Fazhi.Finding]s, by line, severity and rule.
   */
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCheckResult:followup:
   *
   * The [class@Fazhi.Followup] of each of last year's targets and
   * shortcomings; empty when the report was checked without last year's.
   */
  properties[PROP_FOLLOWUP] =
    g_param_spec_object ("followup", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCheckResult:summary:
   *
   * The figures of the check at a glance, or %NULL until the check is
   * complete.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL, FAZHI_TYPE_SUMMARY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_check_result_init (FazhiCheckResult *self)
{
  self->findings = g_list_store_new (FAZHI_TYPE_FINDING);
  self->followup = g_list_store_new (FAZHI_TYPE_FOLLOWUP);
}

/* ------------------------------------------------------------------ */
/* Made by the checker                                                 */
/* ------------------------------------------------------------------ */

FazhiCheckResult *
_fazhi_check_result_new (const char *file)
{
  FazhiCheckResult *self = g_object_new (FAZHI_TYPE_CHECK_RESULT, NULL);

  self->file = g_strdup (file);

  return self;
}

void
_fazhi_check_result_add_finding (FazhiCheckResult *self,
                                 FazhiFinding     *finding)
{
  g_return_if_fail (FAZHI_IS_CHECK_RESULT (self));
  g_return_if_fail (FAZHI_IS_FINDING (finding));

  g_list_store_append (self->findings, finding);
}

void
_fazhi_check_result_add_followup (FazhiCheckResult *self,
                                  FazhiFollowup    *followup)
{
  g_return_if_fail (FAZHI_IS_CHECK_RESULT (self));
  g_return_if_fail (FAZHI_IS_FOLLOWUP (followup));

  g_list_store_append (self->followup, followup);
}

void
_fazhi_check_result_set_summary (FazhiCheckResult *self,
                                 FazhiSummary     *summary)
{
  g_return_if_fail (FAZHI_IS_CHECK_RESULT (self));
  g_return_if_fail (summary == NULL || FAZHI_IS_SUMMARY (summary));

  if (g_set_object (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

typedef struct
{
  FazhiFinding *finding;  /* owned: the store drops its reference while splicing */
  guint         position; /* before sorting, so that equal findings keep their order */
} SortItem;

static void
sort_item_clear (gpointer data)
{
  SortItem *item = data;

  g_clear_object (&item->finding);
}

static int
compare_sort_items (gconstpointer a,
                    gconstpointer b)
{
  const SortItem *x = a;
  const SortItem *y = b;
  int             cmp = _fazhi_finding_compare (x->finding, y->finding);

  if (cmp != 0)
    return cmp;
  return (x->position > y->position) - (x->position < y->position);
}

void
_fazhi_check_result_sort (FazhiCheckResult *self)
{
  g_autoptr (GArray)   items = NULL;
  g_autofree gpointer *sorted = NULL;
  gboolean             moved = FALSE;
  guint                n;

  g_return_if_fail (FAZHI_IS_CHECK_RESULT (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  items = g_array_sized_new (FALSE, FALSE, sizeof (SortItem), n);
  g_array_set_clear_func (items, sort_item_clear);
  for (guint i = 0; i < n; i++)
    {
      SortItem item = { g_list_model_get_item (G_LIST_MODEL (self->findings), i), i };

      g_array_append_val (items, item);
    }

  g_array_sort (items, compare_sort_items);

  sorted = g_new (gpointer, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      SortItem *item = &g_array_index (items, SortItem, i);

      sorted[i] = item->finding;
      moved |= item->position != i;
    }

  /* A user interface bound to the list redraws on items-changed, so an
   * already sorted list is left alone. */
  if (moved)
    g_list_store_splice (self->findings, 0, n, sorted, n);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return _fazhi_finding_compare (*(FazhiFinding * const *) a, *(FazhiFinding * const *) b);
}

void
_fazhi_check_result_add_sorted (FazhiCheckResult *self,
                                GPtrArray        *findings)
{
  g_return_if_fail (FAZHI_IS_CHECK_RESULT (self));

  if (findings->len == 0)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->findings)) > 0)
    {
      for (guint i = 0; i < findings->len; i++)
        g_list_store_append (self->findings, g_ptr_array_index (findings, i));
      _fazhi_check_result_sort (self);
      return;
    }

  /* Into an empty store, as the checker's are, sorted first and then in
   * one splice: appending one by one costs a tree insertion and a signal
   * each, and sorting the store takes every item out and back in.
   * g_qsort_with_data() is a stable merge sort, so findings equal in line,
   * severity and rule keep their order. */
  g_qsort_with_data (findings->pdata, findings->len, sizeof (gpointer), compare_findings, NULL);
  g_list_store_splice (self->findings, 0, 0, findings->pdata, findings->len);
}

/* ------------------------------------------------------------------ */
/* The check result format                                             */
/* ------------------------------------------------------------------ */

static gboolean
read_items (const FazhiJsonScope *scope,
            JsonObject           *object,
            const char           *member,
            GListStore           *store,
            GError              **error)
{
  GType      type = g_list_model_get_item_type (G_LIST_MODEL (store));
  JsonArray *array = NULL;
  guint      n;

  if (!fazhi_json_get_array (scope, object, NULL, member, FAZHI_JSON_NULLABLE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char    *where = g_strdup_printf ("%s[%u]", member, i);
      g_autoptr (GObject) item = NULL;
      JsonObject         *item_object = NULL;

      if (!fazhi_json_as_object (scope, json_array_get_element (array, i), where, &item_object, error))
        return FALSE;

      if (type == FAZHI_TYPE_FINDING)
        item = G_OBJECT (_fazhi_finding_new_from_json_object (scope, item_object, where, error));
      else if (type == FAZHI_TYPE_FOLLOWUP)
        item = G_OBJECT (_fazhi_followup_new_from_json_object (scope, item_object, where, error));
      else
        g_assert_not_reached ();

      if (item == NULL)
        return FALSE;

      g_list_store_append (store, item);
    }

  return TRUE;
}

static FazhiCheckResult *
check_result_new_from_node (JsonNode             *root,
                            const FazhiJsonScope *scope,
                            GError              **error)
{
  g_autoptr (FazhiCheckResult) self = g_object_new (FAZHI_TYPE_CHECK_RESULT, NULL);
  JsonObject                  *object = NULL;
  JsonObject                  *summary_object = NULL;
  const char                  *file = NULL;

  if (!fazhi_json_as_object (scope, root, NULL, &object, error) ||
      !fazhi_json_check_format (scope, object, FAZHI_CHECK_RESULT_FORMAT, error))
    return NULL;

  if (!fazhi_json_get_string (scope, object, NULL, "file", FAZHI_JSON_NULLABLE, &file, error) ||
      !read_items (scope, object, "findings", self->findings, error) ||
      !read_items (scope, object, "followup", self->followup, error) ||
      !fazhi_json_get_object (scope, object, NULL, "summary", FAZHI_JSON_NULLABLE, &summary_object, error))
    return NULL;

  if (summary_object != NULL)
    {
      self->summary = _fazhi_summary_new_from_json_object (scope, summary_object, "summary", error);
      if (self->summary == NULL)
        return NULL;
    }

  self->file = g_strdup (file);

  return g_steal_pointer (&self);
}

/**
 * fazhi_check_result_new_from_json_node:
 * @node: the root of a check result as written by
 *   [method@Fazhi.CheckResult.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a check result from parsed JSON; see
 * [ctor@Fazhi.CheckResult.new_from_json]. Messages name the input
 * `<json>`.
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 */
FazhiCheckResult *
fazhi_check_result_new_from_json_node (JsonNode *node,
                                       GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return check_result_new_from_node (node, &scope, error);
}

/**
 * fazhi_check_result_new_from_json:
 * @json: a check result as JSON
 * @length: the length of @json in bytes, or -1 if it is NUL-terminated
 * @error: return location for a #GError
 *
 * Reads a check result written by [method@Fazhi.CheckResult.to_json].
 * The findings keep the order they are written in.
 *
 * The `format` key is required; a format newer than this library writes
 * fails with %FAZHI_ERROR_UNSUPPORTED_FORMAT. Every finding needs its
 * `rule`, `severity` and `message`, and every follow-up its `kind`; other
 * keys may be missing or null, which leaves the default, and keys this
 * library does not know are ignored. A value that is present must have
 * the right type and range, or reading fails with
 * %FAZHI_ERROR_INVALID_REPORT and a message that names the place, such as
 * `<json>: findings[2].line: expected an integer, found a string`. Text
 * that is not JSON fails with %FAZHI_ERROR_INVALID_JSON.
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 */
FazhiCheckResult *
fazhi_check_result_new_from_json (const char *json,
                                  gssize      length,
                                  GError    **error)
{
  FazhiJsonScope       scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = fazhi_json_parse (&scope, json ? json : "", length, error);
  if (root == NULL)
    return NULL;

  return check_result_new_from_node (root, &scope, error);
}

static void
add_items (JsonBuilder *builder,
           const char  *member,
           GListStore  *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      /* The builder takes the node. */
      if (FAZHI_IS_FINDING (item))
        json_builder_add_value (builder, fazhi_finding_to_json_node (FAZHI_FINDING (item)));
      else
        json_builder_add_value (builder, fazhi_followup_to_json_node (FAZHI_FOLLOWUP (item)));
    }
  json_builder_end_array (builder);
}

/**
 * fazhi_check_result_to_json_node:
 * @self: a check result
 *
 * Writes the result as JSON: `format`, `file`, the `findings` and the
 * `followup` in order, and the `summary`. Every key is present; absent
 * values (a result without a summary) are null.
 *
 * Returns: (transfer full): the root of the JSON document
 */
JsonNode *
fazhi_check_result_to_json_node (FazhiCheckResult *self)
{
  g_autoptr (JsonBuilder) builder = NULL;

  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, FAZHI_CHECK_RESULT_FORMAT);
  fazhi_json_add_string (builder, "file", self->file);
  add_items (builder, "findings", self->findings);
  add_items (builder, "followup", self->followup);

  json_builder_set_member_name (builder, "summary");
  if (self->summary != NULL)
    json_builder_add_value (builder, fazhi_summary_to_json_node (self->summary));
  else
    json_builder_add_null_value (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_check_result_to_json:
 * @self: a check result
 * @flags: how to write the result; only %FAZHI_JSON_FLAGS_PRETTY has an
 *   effect
 *
 * Writes the result as JSON text, compact unless @flags has
 * %FAZHI_JSON_FLAGS_PRETTY; see [method@Fazhi.CheckResult.to_json_node].
 * [ctor@Fazhi.CheckResult.new_from_json] reads it back.
 *
 * Returns: (transfer full): the JSON text
 */
char *
fazhi_check_result_to_json (FazhiCheckResult *self,
                            FazhiJsonFlags    flags)
{
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);

  root = fazhi_check_result_to_json_node (self);
  return fazhi_json_to_string (root, (flags & FAZHI_JSON_FLAGS_PRETTY) != 0);
}

/* ------------------------------------------------------------------ */
/* Reading a result                                                    */
/* ------------------------------------------------------------------ */

/**
 * fazhi_check_result_get_file:
 * @self: a check result
 *
 * Returns: (nullable): the name of the file the checked report was read
 *   from
 */
const char *
fazhi_check_result_get_file (FazhiCheckResult *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);

  return self->file;
}

/**
 * fazhi_check_result_get_findings:
 * @self: a check result
 *
 * Gets the findings, a list of [class@Fazhi.Finding] by line (those about
 * the whole report first), then severity (errors first), then rule.
 *
 * Returns: (transfer none): the findings
 */
GListModel *
fazhi_check_result_get_findings (FazhiCheckResult *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);

  return G_LIST_MODEL (self->findings);
}

/**
 * fazhi_check_result_get_followup:
 * @self: a check result
 *
 * Gets the follow-up of last year's report, a list of
 * [class@Fazhi.Followup]; empty when the report was checked without it.
 *
 * Returns: (transfer none): the follow-up
 */
GListModel *
fazhi_check_result_get_followup (FazhiCheckResult *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);

  return G_LIST_MODEL (self->followup);
}

/**
 * fazhi_check_result_get_summary:
 * @self: a check result
 *
 * Returns: (transfer none) (nullable): the figures of the check at a
 *   glance
 */
FazhiSummary *
fazhi_check_result_get_summary (FazhiCheckResult *self)
{
  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);

  return self->summary;
}

/**
 * fazhi_check_result_has_errors:
 * @self: a check result
 *
 * Tells whether any finding is an error, that is whether the report
 * fails to meet an obligation. Warnings and information do not count.
 *
 * Returns: %TRUE if a finding has %FAZHI_SEVERITY_ERROR
 */
gboolean
fazhi_check_result_has_errors (FazhiCheckResult *self)
{
  guint n;

  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (fazhi_finding_get_severity (finding) == FAZHI_SEVERITY_ERROR)
        return TRUE;
    }

  return FALSE;
}

/**
 * fazhi_check_result_dup_findings_for_rule:
 * @self: a check result
 * @rule: the id of a rule
 *
 * Lists the findings of one rule, in the order of
 * [property@Fazhi.CheckResult:findings].
 *
 * Returns: (transfer full): a new list of [class@Fazhi.Finding], empty
 *   when the rule found nothing
 */
GListModel *
fazhi_check_result_dup_findings_for_rule (FazhiCheckResult *self,
                                          const char       *rule)
{
  g_autoptr (GListStore) store = NULL;
  guint                  n;

  g_return_val_if_fail (FAZHI_IS_CHECK_RESULT (self), NULL);
  g_return_val_if_fail (rule != NULL, NULL);

  store = g_list_store_new (FAZHI_TYPE_FINDING);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (g_strcmp0 (fazhi_finding_get_rule (finding), rule) == 0)
        g_list_store_append (store, finding);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
