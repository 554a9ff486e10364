/* fazhi-policy.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fazhi-catalog-private.h"
#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-json-private.h"
#include "fazhi-policy.h"
#include "fazhi-util-private.h"

#define POLICY_FORMAT     1
#define NATIONAL_RESOURCE "/org/fazhi/libfazhi/policies/national.json"
#define N_LEVELS          3
#define N_DEADLINES       2

/**
 * FazhiPolicy:
 *
 * What differs from one supervising office to another: the deadlines for
 * submitting and publishing reports at each level, the obligation areas a
 * unit may leave out, and which checks run at what severity.
 *
 * [ctor@Fazhi.Policy.new] gives the national defaults (departments and
 * city or county governments report before 1 March of the next year,
 * province-level governments before 1 April; every report is public
 * before 1 April). A locality's policy file states only what it changes
 * and is laid over those defaults key by key; the format is described in
 * the “Policy file format” page.
 */

typedef struct
{
  guint8 month; /* 0 = unset */
  guint8 day;
  guint8 inclusive; /* "by" rather than "before" */
} Deadline;

struct _FazhiPolicy
{
  GObject parent_instance;

  char       *name;
  char       *description;
  Deadline    deadlines[N_LEVELS][N_DEADLINES];
  GPtrArray  *optional_areas; /* char*, in the order given */
  GHashTable *rules;          /* rule id → FazhiRuleMode */
};

G_DEFINE_FINAL_TYPE (FazhiPolicy, fazhi_policy, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const level_names[N_LEVELS] = { "department", "government", "province" };
static const char * const deadline_names[N_DEADLINES] = { "report", "publish" };

static void
fazhi_policy_finalize (GObject *object)
{
  FazhiPolicy *self = (FazhiPolicy *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->optional_areas, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_hash_table_unref);

  G_OBJECT_CLASS (fazhi_policy_parent_class)->finalize (object);
}

static void
fazhi_policy_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FazhiPolicy *self = FAZHI_POLICY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_policy_class_init (FazhiPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_policy_finalize;
  object_class->get_property = fazhi_policy_get_property;

  /**
   * FazhiPolicy:name:
   *
   * The policy's short identifier, `national` for the defaults.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiPolicy:description:
   *
   * Whose rules these are and where they come from, or %NULL.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_policy_init (FazhiPolicy *self)
{
  self->optional_areas = g_ptr_array_new_with_free_func (g_free);
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Copies everything a merge may change, so that a file that fails half
 * way leaves the policy as it was. */
static void
copy_state (FazhiPolicy *dest,
            FazhiPolicy *src)
{
  GHashTableIter iter;
  gpointer       key, value;

  g_free (dest->name);
  dest->name = g_strdup (src->name);
  g_free (dest->description);
  dest->description = g_strdup (src->description);
  memcpy (dest->deadlines, src->deadlines, sizeof dest->deadlines);

  g_ptr_array_set_size (dest->optional_areas, 0);
  for (guint i = 0; i < src->optional_areas->len; i++)
    g_ptr_array_add (dest->optional_areas, g_strdup (g_ptr_array_index (src->optional_areas, i)));

  g_hash_table_remove_all (dest->rules);
  g_hash_table_iter_init (&iter, src->rules);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (dest->rules, g_strdup (key), value);
}

static gboolean
parse_month_day (const char *text,
                 guint8     *month,
                 guint8     *day)
{
  guint m, d;

  if (strlen (text) != 5 || text[2] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;
  if (sscanf (text, "%2u-%2u", &m, &d) != 2)
    return FALSE;
  /* The day must exist in every year: 02-29 would vanish in three of four. */
  if (m < 1 || m > 12 || d < 1 || d > g_date_get_days_in_month (m, 2001))
    return FALSE;

  *month = (guint8) m;
  *day = (guint8) d;
  return TRUE;
}

static gboolean
apply_deadline (FazhiPolicy          *self,
                const FazhiJsonScope *scope,
                JsonObject           *object,
                const char           *where,
                guint                 level,
                guint                 kind,
                GError              **error)
{
  const char       *before = NULL;
  const char       *by = NULL;
  const char       *text;
  Deadline          parsed = { 0 };
  g_autoptr (GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (g_strcmp0 (l->data, "before") != 0 && g_strcmp0 (l->data, "by") != 0)
      {
        fazhi_json_set_error (scope, error, where, l->data, "unknown key (expected \"before\" or \"by\")");
        return FALSE;
      }

  if (!fazhi_json_get_string (scope, object, where, "before", FAZHI_JSON_OPTIONAL, &before, error) ||
      !fazhi_json_get_string (scope, object, where, "by", FAZHI_JSON_OPTIONAL, &by, error))
    return FALSE;

  if ((before == NULL) == (by == NULL))
    {
      fazhi_json_set_error (scope, error, where, NULL, "a deadline needs exactly one of \"before\" and \"by\"");
      return FALSE;
    }

  text = before ? before : by;
  if (!parse_month_day (text, &parsed.month, &parsed.day))
    {
      fazhi_json_set_error (scope, error, where, before ? "before" : "by",
                            "expected MM-DD (a day that exists every year), got \"%s\"", text);
      return FALSE;
    }
  parsed.inclusive = by != NULL;

  self->deadlines[level][kind] = parsed;
  return TRUE;
}

static gboolean
apply_deadlines (FazhiPolicy          *self,
                 const FazhiJsonScope *scope,
                 JsonObject           *deadlines,
                 GError              **error)
{
  g_autoptr (GList) levels = json_object_get_members (deadlines);

  for (GList *l = levels; l != NULL; l = l->next)
    {
      const char       *level_name = l->data;
      g_autofree char  *level_where = g_strdup_printf ("deadlines.%s", level_name);
      JsonObject       *level_object = NULL;
      g_autoptr (GList) kinds = NULL;
      int               level = -1;

      for (guint i = 0; i < N_LEVELS; i++)
        if (g_str_equal (level_name, level_names[i]))
          level = i;
      if (level < 0)
        {
          fazhi_json_set_error (scope, error, "deadlines", level_name,
                                "unknown level (expected department, government or province)");
          return FALSE;
        }
      if (!fazhi_json_get_object (scope, deadlines, "deadlines", level_name, FAZHI_JSON_REQUIRED, &level_object, error))
        return FALSE;

      kinds = json_object_get_members (level_object);
      for (GList *k = kinds; k != NULL; k = k->next)
        {
          const char      *kind_name = k->data;
          g_autofree char *kind_where = g_strdup_printf ("%s.%s", level_where, kind_name);
          JsonObject      *deadline_object = NULL;
          int              kind = -1;

          for (guint i = 0; i < N_DEADLINES; i++)
            if (g_str_equal (kind_name, deadline_names[i]))
              kind = i;
          if (kind < 0)
            {
              fazhi_json_set_error (scope, error, level_where, kind_name,
                                    "unknown deadline (expected report or publish)");
              return FALSE;
            }
          if (!fazhi_json_get_object (scope, level_object, level_where, kind_name, FAZHI_JSON_REQUIRED,
                                      &deadline_object, error) ||
              !apply_deadline (self, scope, deadline_object, kind_where, level, kind, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
apply_rules (FazhiPolicy          *self,
             const FazhiJsonScope *scope,
             JsonObject           *rules,
             GError              **error)
{
  g_autoptr (GList) ids = json_object_get_members (rules);

  for (GList *l = ids; l != NULL; l = l->next)
    {
      const char *id = l->data;
      const char *value = NULL;
      int         mode;

      if (!_fazhi_catalog_id_is_valid (id))
        {
          fazhi_json_set_error (scope, error, "rules", NULL, "\"%s\" is not a valid rule id", id);
          return FALSE;
        }
      if (!fazhi_json_get_string (scope, rules, "rules", id, FAZHI_JSON_REQUIRED, &value, error))
        return FALSE;
      if (g_str_equal (value, "default") || !fazhi_enum_from_nick (FAZHI_TYPE_RULE_MODE, value, &mode))
        {
          fazhi_json_set_error (scope, error, "rules", id,
                                "expected \"off\", \"on\", \"info\", \"warning\" or \"error\", got \"%s\"", value);
          return FALSE;
        }
      g_hash_table_insert (self->rules, g_strdup (id), GINT_TO_POINTER (mode));
    }

  return TRUE;
}

static gboolean
apply_file (FazhiPolicy *self,
            GBytes      *bytes,
            const char  *name,
            GError     **error)
{
  FazhiJsonScope       scope = { name, FAZHI_ERROR, FAZHI_ERROR_INVALID_POLICY };
  g_autoptr (JsonNode) root = NULL;
  g_auto (GStrv)       optional = NULL;
  JsonObject          *object = NULL;
  JsonObject          *deadlines = NULL;
  JsonObject          *rules = NULL;
  const char          *policy_name = NULL;
  const char          *description = NULL;
  gsize                length = 0;
  const char          *data = g_bytes_get_data (bytes, &length);

  root = fazhi_json_parse (&scope, data ? data : "", length, error);
  if (root == NULL)
    return FALSE;

  if (!fazhi_json_as_object (&scope, root, NULL, &object, error) ||
      !fazhi_json_check_format (&scope, object, POLICY_FORMAT, error) ||
      !fazhi_json_get_string (&scope, object, NULL, "name", FAZHI_JSON_REQUIRED, &policy_name, error))
    return FALSE;

  if (!_fazhi_catalog_id_is_valid (policy_name))
    {
      fazhi_json_set_error (&scope, error, NULL, "name",
                            "\"%s\" is not a valid name (lower-case letters, digits and '-')", policy_name);
      return FALSE;
    }

  if (!fazhi_json_get_string (&scope, object, NULL, "description", FAZHI_JSON_NULLABLE, &description, error) ||
      !fazhi_json_get_object (&scope, object, NULL, "deadlines", FAZHI_JSON_NULLABLE, &deadlines, error) ||
      !fazhi_json_get_strv (&scope, object, NULL, "optional_areas", FAZHI_JSON_NULLABLE, &optional, error) ||
      !fazhi_json_get_object (&scope, object, NULL, "rules", FAZHI_JSON_NULLABLE, &rules, error))
    return FALSE;

  for (guint i = 0; optional != NULL && optional[i] != NULL; i++)
    if (!_fazhi_catalog_id_is_valid (optional[i]))
      {
        g_autofree char *member = g_strdup_printf ("optional_areas[%u]", i);

        fazhi_json_set_error (&scope, error, NULL, member, "\"%s\" is not a valid area slug", optional[i]);
        return FALSE;
      }

  if (deadlines != NULL && !apply_deadlines (self, &scope, deadlines, error))
    return FALSE;
  if (rules != NULL && !apply_rules (self, &scope, rules, error))
    return FALSE;

  g_free (self->name);
  self->name = g_strdup (policy_name);
  g_free (self->description);
  self->description = g_strdup (description);

  if (optional != NULL)
    {
      g_ptr_array_set_size (self->optional_areas, 0);
      for (guint i = 0; optional[i] != NULL; i++)
        g_ptr_array_add (self->optional_areas, g_strdup (optional[i]));
    }

  return TRUE;
}

/**
 * fazhi_policy_new:
 *
 * Creates a policy with the national defaults.
 *
 * Returns: (transfer full): a new policy
 */
FazhiPolicy *
fazhi_policy_new (void)
{
  FazhiPolicy       *self = g_object_new (FAZHI_TYPE_POLICY, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (NATIONAL_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr (GError) error = NULL;

  /* The built-in file is checked by the test suite; failing here is a
   * packaging bug, not bad input. */
  if (bytes == NULL || !apply_file (self, bytes, NATIONAL_RESOURCE, &error))
    g_critical ("The built-in national policy is missing or invalid: %s",
                error ? error->message : "not found");

  return self;
}

/**
 * fazhi_policy_merge_bytes:
 * @self: a policy
 * @bytes: the contents of a policy file (JSON)
 * @name: (nullable): the name used in error messages, usually the path
 * @error: return location for a #GError
 *
 * Lays a policy file over @self, key by key: each deadline, each rule and
 * the list of optional areas the file gives replace what @self had. A
 * file with any problem is refused as a whole and @self is left unchanged.
 *
 * Returns: %TRUE on success
 */
gboolean
fazhi_policy_merge_bytes (FazhiPolicy *self,
                          GBytes      *bytes,
                          const char  *name,
                          GError     **error)
{
  g_autoptr (FazhiPolicy) scratch = NULL;

  g_return_val_if_fail (FAZHI_IS_POLICY (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  scratch = g_object_new (FAZHI_TYPE_POLICY, NULL);
  copy_state (scratch, self);
  if (!apply_file (scratch, bytes, name ? name : "<policy>", error))
    return FALSE;

  copy_state (self, scratch);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
  return TRUE;
}

/**
 * fazhi_policy_new_from_bytes:
 * @bytes: the contents of a policy file (JSON)
 * @name: (nullable): the name used in error messages, usually the path
 * @error: return location for a #GError
 *
 * Creates a policy from the national defaults and a policy file laid over
 * them; see [method@Fazhi.Policy.merge_bytes].
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
FazhiPolicy *
fazhi_policy_new_from_bytes (GBytes     *bytes,
                             const char *name,
                             GError    **error)
{
  g_autoptr (FazhiPolicy) self = fazhi_policy_new ();

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!fazhi_policy_merge_bytes (self, bytes, name, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fazhi_policy_new_from_file:
 * @path: (type filename): the path of a policy file
 * @error: return location for a #GError
 *
 * Creates a policy from the national defaults and the file at @path.
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
FazhiPolicy *
fazhi_policy_new_from_file (const char *path,
                            GError    **error)
{
  g_autofree char   *contents = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize              length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return fazhi_policy_new_from_bytes (bytes, path, error);
}

/**
 * fazhi_policy_get_name:
 * @self: a policy
 *
 * Returns: the policy's short identifier
 */
const char *
fazhi_policy_get_name (FazhiPolicy *self)
{
  g_return_val_if_fail (FAZHI_IS_POLICY (self), NULL);

  return self->name;
}

/**
 * fazhi_policy_get_description:
 * @self: a policy
 *
 * Returns: (nullable): whose rules these are
 */
const char *
fazhi_policy_get_description (FazhiPolicy *self)
{
  g_return_val_if_fail (FAZHI_IS_POLICY (self), NULL);

  return self->description;
}

/* Reports of unknown level are held to a department's deadlines, the
 * most common kind of report. */
static guint
level_index (FazhiReportLevel level)
{
  switch (level)
    {
    case FAZHI_REPORT_LEVEL_GOVERNMENT:
      return 1;
    case FAZHI_REPORT_LEVEL_PROVINCE:
      return 2;
    case FAZHI_REPORT_LEVEL_DEPARTMENT:
    case FAZHI_REPORT_LEVEL_UNKNOWN:
    default:
      return 0;
    }
}

/**
 * fazhi_policy_dup_deadline:
 * @self: a policy
 * @level: who wrote the report; %FAZHI_REPORT_LEVEL_UNKNOWN is held to a
 *   department's deadlines
 * @deadline: which deadline
 * @year: the year reported on
 *
 * Computes the last day on which a report on @year still meets the
 * deadline: for the national rule “before 1 March”, the report on 2023 has
 * 29 February 2024.
 *
 * Returns: (transfer full) (nullable): the last acceptable day, or %NULL
 *   when the policy sets no such deadline
 */
GDate *
fazhi_policy_dup_deadline (FazhiPolicy     *self,
                           FazhiReportLevel level,
                           FazhiDeadline    deadline,
                           int              year)
{
  const Deadline *d;
  GDate          *date;

  g_return_val_if_fail (FAZHI_IS_POLICY (self), NULL);
  g_return_val_if_fail (deadline <= FAZHI_DEADLINE_PUBLISH, NULL);
  g_return_val_if_fail (year > 0 && year < 9999, NULL);

  d = &self->deadlines[level_index (level)][deadline];
  if (d->month == 0)
    return NULL;

  date = g_date_new_dmy (d->day, d->month, year + 1);
  if (!d->inclusive)
    g_date_subtract_days (date, 1);
  return date;
}

/**
 * fazhi_policy_set_deadline:
 * @self: a policy
 * @level: the level the deadline applies to (not
 *   %FAZHI_REPORT_LEVEL_UNKNOWN)
 * @deadline: which deadline
 * @month: the month, in the year after the year reported on
 * @day: the day of the month; it must exist in every year
 * @inclusive: %TRUE for “by that day”, %FALSE for “before that day”
 *
 * Sets a deadline in code, as a policy file's `deadlines` would.
 */
void
fazhi_policy_set_deadline (FazhiPolicy     *self,
                           FazhiReportLevel level,
                           FazhiDeadline    deadline,
                           GDateMonth       month,
                           GDateDay         day,
                           gboolean         inclusive)
{
  Deadline *d;

  g_return_if_fail (FAZHI_IS_POLICY (self));
  g_return_if_fail (level != FAZHI_REPORT_LEVEL_UNKNOWN);
  g_return_if_fail (deadline <= FAZHI_DEADLINE_PUBLISH);
  g_return_if_fail (g_date_valid_month (month));
  g_return_if_fail (day >= 1 && day <= g_date_get_days_in_month (month, 2001));

  d = &self->deadlines[level_index (level)][deadline];
  d->month = month;
  d->day = day;
  d->inclusive = !!inclusive;
}

/**
 * fazhi_policy_describe_deadline:
 * @self: a policy
 * @level: who wrote the report
 * @deadline: which deadline
 *
 * Describes a deadline as the policy file states it, for messages:
 * `before 03-01` or `by 01-31`.
 *
 * Returns: (transfer full) (nullable): the description, or %NULL when the
 *   policy sets no such deadline
 */
char *
fazhi_policy_describe_deadline (FazhiPolicy     *self,
                                FazhiReportLevel level,
                                FazhiDeadline    deadline)
{
  const Deadline *d;

  g_return_val_if_fail (FAZHI_IS_POLICY (self), NULL);
  g_return_val_if_fail (deadline <= FAZHI_DEADLINE_PUBLISH, NULL);

  d = &self->deadlines[level_index (level)][deadline];
  if (d->month == 0)
    return NULL;
  return g_strdup_printf ("%s %02u-%02u", d->inclusive ? "by" : "before", d->month, d->day);
}

/**
 * fazhi_policy_is_area_optional:
 * @self: a policy
 * @area: an area slug
 *
 * Returns: whether a report may leave out @area
 */
gboolean
fazhi_policy_is_area_optional (FazhiPolicy *self,
                               const char  *area)
{
  g_return_val_if_fail (FAZHI_IS_POLICY (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  for (guint i = 0; i < self->optional_areas->len; i++)
    if (g_str_equal (g_ptr_array_index (self->optional_areas, i), area))
      return TRUE;
  return FALSE;
}

/**
 * fazhi_policy_set_area_optional:
 * @self: a policy
 * @area: an area slug
 * @optional: whether a report may leave out @area
 *
 * Marks an area optional, or required again.
 */
void
fazhi_policy_set_area_optional (FazhiPolicy *self,
                                const char  *area,
                                gboolean     optional)
{
  g_return_if_fail (FAZHI_IS_POLICY (self));
  g_return_if_fail (area != NULL);

  for (guint i = 0; i < self->optional_areas->len; i++)
    if (g_str_equal (g_ptr_array_index (self->optional_areas, i), area))
      {
        if (!optional)
          g_ptr_array_remove_index (self->optional_areas, i);
        return;
      }

  if (optional)
    g_ptr_array_add (self->optional_areas, g_strdup (area));
}

/**
 * fazhi_policy_dup_optional_areas:
 * @self: a policy
 *
 * Returns: (transfer full): the slugs of the optional areas
 */
char **
fazhi_policy_dup_optional_areas (FazhiPolicy *self)
{
  GStrvBuilder *builder;
  char        **result;

  g_return_val_if_fail (FAZHI_IS_POLICY (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->optional_areas->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->optional_areas, i));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return result;
}

/**
 * fazhi_policy_get_rule_mode:
 * @self: a policy
 * @rule_id: a rule id such as `repeated-text`
 *
 * Returns: what the policy says about the rule
 */
FazhiRuleMode
fazhi_policy_get_rule_mode (FazhiPolicy *self,
                            const char  *rule_id)
{
  g_return_val_if_fail (FAZHI_IS_POLICY (self), FAZHI_RULE_MODE_DEFAULT);
  g_return_val_if_fail (rule_id != NULL, FAZHI_RULE_MODE_DEFAULT);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->rules, rule_id));
}

/**
 * fazhi_policy_set_rule_mode:
 * @self: a policy
 * @rule_id: a rule id
 * @mode: what to do with the rule; %FAZHI_RULE_MODE_DEFAULT forgets what
 *   the policy said
 *
 * Switches a rule off or on, or changes the severity of its findings.
 */
void
fazhi_policy_set_rule_mode (FazhiPolicy  *self,
                            const char   *rule_id,
                            FazhiRuleMode mode)
{
  g_return_if_fail (FAZHI_IS_POLICY (self));
  g_return_if_fail (rule_id != NULL);
  g_return_if_fail (mode <= FAZHI_RULE_MODE_ERROR);

  if (mode == FAZHI_RULE_MODE_DEFAULT)
    g_hash_table_remove (self->rules, rule_id);
  else
    g_hash_table_insert (self->rules, g_strdup (rule_id), GINT_TO_POINTER (mode));
}

/**
 * fazhi_policy_dup_rule_ids:
 * @self: a policy
 *
 * Returns: (transfer full): the ids of the rules the policy says
 *   something about, sorted
 */
char **
fazhi_policy_dup_rule_ids (FazhiPolicy *self)
{
  g_autofree const char **keys = NULL;
  GStrvBuilder           *builder;
  char                  **result;
  guint                   n = 0;

  g_return_val_if_fail (FAZHI_IS_POLICY (self), NULL);

  keys = (const char **) g_hash_table_get_keys_as_array (self->rules, &n);
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, keys);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  _fazhi_strv_sort (result);

  return result;
}
