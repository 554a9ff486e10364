/* fazhi-finding.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-checker-private.h"
#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiFinding:
 *
 * One thing a rule found in a report: a part that is missing, a target
 * that cannot be measured, a passage copied from last year.
 *
 * The [property@Fazhi.Finding:rule] and the
 * [property@Fazhi.Finding:message] say what was found and the
 * [property@Fazhi.Finding:severity] how much it matters;
 * [property@Fazhi.Finding:line], [property@Fazhi.Finding:part] and
 * [property@Fazhi.Finding:area] say where. A finding that concerns more
 * than one place, such as both places of a repeated passage, lists them
 * all with [method@Fazhi.Finding.get_lines].
 */
struct _FazhiFinding
{
  GObject parent_instance;

  char         *rule;
  char         *message;
  char         *part;
  char         *area;
  guint        *extra_lines; /* as set: each once, no 0; NULL when none */
  guint         n_extra_lines;
  guint        *lines; /* line (if any) first, then the extra ones */
  guint         n_lines;
  guint         few_lines[2]; /* lines, when there are no more: no allocation */
  FazhiSeverity severity;
  guint         line;
};

G_DEFINE_FINAL_TYPE (FazhiFinding, fazhi_finding, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_LINE,
  PROP_PART,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Lists of lines, shared with FazhiFollowup                           */
/* ------------------------------------------------------------------ */

static gboolean
lines_contain (GArray *lines,
               guint   line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, guint, i) == line)
      return TRUE;

  return FALSE;
}

void
_fazhi_lines_set (GArray      *lines,
                  const guint *values,
                  guint        n_values)
{
  g_array_set_size (lines, 0);

  /* A finding concerns a handful of lines, so a linear search is enough. */
  for (guint i = 0; i < n_values; i++)
    if (values[i] != 0 && !lines_contain (lines, values[i]))
      g_array_append_val (lines, values[i]);
}

gboolean
_fazhi_json_get_lines (const FazhiJsonScope *scope,
                       JsonObject           *object,
                       const char           *where,
                       const char           *member,
                       GArray               *lines,
                       GError              **error)
{
  g_autoptr (GArray)     values = NULL;
  g_autoptr (JsonObject) probe = NULL;
  JsonArray             *array = NULL;
  guint                  n;

  if (!fazhi_json_get_array (scope, object, where, member, FAZHI_JSON_NULLABLE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  values = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  /* Each element is checked by the same strict reader as any other
   * integer, as a member named after its place ("lines[1]"), so that its
   * errors read exactly like theirs. */
  probe = json_object_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);
      gint64           value = 0;
      guint            line;

      json_object_set_member (probe, item, json_node_ref (json_array_get_element (array, i)));
      if (!fazhi_json_get_int (scope, probe, where, item, FAZHI_JSON_REQUIRED, 1, G_MAXUINT, &value, error))
        return FALSE;
      json_object_remove_member (probe, item);

      line = (guint) value;
      g_array_append_val (values, line);
    }

  _fazhi_lines_set (lines, (const guint *) (gconstpointer) values->data, values->len);
  return TRUE;
}

void
_fazhi_json_add_lines (JsonBuilder *builder,
                       const char  *member,
                       const guint *lines,
                       guint        n_lines)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_lines; i++)
    json_builder_add_int_value (builder, lines[i]);
  json_builder_end_array (builder);
}

/* ------------------------------------------------------------------ */
/* The object                                                          */
/* ------------------------------------------------------------------ */

/* What get_lines returns: the line itself, then the others once each. */
static void
update_lines (FazhiFinding *self)
{
  guint n = self->n_extra_lines + 1;

  if (self->lines != self->few_lines)
    g_free (self->lines);
  self->lines = n <= G_N_ELEMENTS (self->few_lines) ? self->few_lines : g_new (guint, n);
  self->n_lines = 0;
  if (self->line != 0)
    self->lines[self->n_lines++] = self->line;
  for (guint i = 0; i < self->n_extra_lines; i++)
    if (self->extra_lines[i] != self->line)
      self->lines[self->n_lines++] = self->extra_lines[i];
}

/* As _fazhi_lines_set(), into the finding's own array. */
static void
set_extra_lines (FazhiFinding *self,
                 const guint  *values,
                 guint         n_values)
{
  guint n = 0;

  g_clear_pointer (&self->extra_lines, g_free);
  if (n_values > 0)
    self->extra_lines = g_new (guint, n_values);
  /* A finding concerns a handful of lines, so a linear search is enough. */
  for (guint i = 0; i < n_values; i++)
    {
      gboolean seen = values[i] == 0;

      for (guint k = 0; k < n && !seen; k++)
        seen = self->extra_lines[k] == values[i];
      if (!seen)
        self->extra_lines[n++] = values[i];
    }
  self->n_extra_lines = n;
}

static void
fazhi_finding_finalize (GObject *object)
{
  FazhiFinding *self = (FazhiFinding *) object;

  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->part, g_free);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->extra_lines, g_free);
  if (self->lines != self->few_lines)
    g_free (self->lines);

  G_OBJECT_CLASS (fazhi_finding_parent_class)->finalize (object);
}

static void
fazhi_finding_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FazhiFinding *self = FAZHI_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_PART:
      g_value_set_string (value, self->part);
      break;
    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_finding_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FazhiFinding *self = FAZHI_FINDING (object);

  switch (prop_id)
    {
    /* Construct-only: set exactly once, before anyone can look. */
    case PROP_RULE:
      self->rule = g_value_dup_string (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;

    case PROP_SEVERITY:
      fazhi_finding_set_severity (self, g_value_get_enum (value));
      break;
    case PROP_LINE:
      fazhi_finding_set_line (self, g_value_get_uint (value));
      break;
    case PROP_PART:
      fazhi_finding_set_part (self, g_value_get_string (value));
      break;
    case PROP_AREA:
      fazhi_finding_set_area (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_finding_class_init (FazhiFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_finding_finalize;
  object_class->get_property = fazhi_finding_get_property;
  object_class->set_property = fazhi_finding_set_property;

  /**
   * FazhiFinding:rule:
   *
   * The id of the rule that made the finding (`missing-part`).
   */
  properties[PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFinding:severity:
   *
   * How serious the finding is. The checker sets it from the rule and
   * the [class@Fazhi.Policy].
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       FAZHI_TYPE_SEVERITY, FAZHI_SEVERITY_WARNING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFinding:message:
   *
   * What was found, in words for the reader of the report.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFinding:line:
   *
   * The 1-based source line the finding is about, or 0 when it concerns
   * the whole report.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFinding:part:
   *
   * The slug of the part of the report the finding is about
   * (`shortcomings`), or %NULL.
   */
  properties[PROP_PART] =
    g_param_spec_string ("part", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFinding:area:
   *
   * The slug of the obligation area the finding is about, or %NULL.
   */
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_finding_init (FazhiFinding *self)
{
  self->severity = FAZHI_SEVERITY_WARNING;
  self->lines = self->few_lines;
}

/**
 * fazhi_finding_new:
 * @rule: the id of the rule that made the finding
 * @severity: how serious the finding is
 * @message: what was found
 *
 * Creates a finding about the whole report, with no part or area.
 *
 * Returns: (transfer full): a new finding
 */
FazhiFinding *
fazhi_finding_new (const char   *rule,
                   FazhiSeverity severity,
                   const char   *message)
{
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (FAZHI_TYPE_FINDING,
                       "rule", rule,
                       "severity", severity,
                       "message", message,
                       NULL);
}

/* What fazhi_finding_new() and the setters give, set in place: nobody
 * can have connected to a finding that does not exist yet, so there is
 * nothing to notify, and no properties to look up. */
FazhiFinding *
_fazhi_finding_new_at (const char   *rule,
                       FazhiSeverity severity,
                       const char   *message,
                       guint         line,
                       const char   *part,
                       const char   *area)
{
  FazhiFinding *self = g_object_new (FAZHI_TYPE_FINDING, NULL);

  self->rule = g_strdup (rule);
  self->message = g_strdup (message);
  self->severity = severity;
  self->line = line;
  self->part = g_strdup (part);
  self->area = g_strdup (area);
  update_lines (self);
  return self;
}

int
_fazhi_finding_compare (FazhiFinding *a,
                        FazhiFinding *b)
{
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->severity != b->severity)
    return a->severity > b->severity ? -1 : 1;
  return g_strcmp0 (a->rule, b->rule);
}

FazhiFinding *
_fazhi_finding_new_from_json_object (const FazhiJsonScope *scope,
                                     JsonObject           *object,
                                     const char           *where,
                                     GError              **error)
{
  g_autoptr (FazhiFinding) self = NULL;
  g_autoptr (GArray)       lines = g_array_new (FALSE, FALSE, sizeof (guint));
  const char              *rule = NULL;
  const char              *message = NULL;
  const char              *part = NULL;
  const char              *area = NULL;
  int                      severity = FAZHI_SEVERITY_WARNING;
  gint64                   line = 0;

  if (!fazhi_json_get_string (scope, object, where, "rule", FAZHI_JSON_REQUIRED | FAZHI_JSON_NON_EMPTY,
                              &rule, error) ||
      !fazhi_json_get_enum (scope, object, where, "severity", FAZHI_JSON_REQUIRED,
                            FAZHI_TYPE_SEVERITY, &severity, error) ||
      !fazhi_json_get_string (scope, object, where, "message", FAZHI_JSON_REQUIRED, &message, error) ||
      !fazhi_json_get_int (scope, object, where, "line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &line, error) ||
      !_fazhi_json_get_lines (scope, object, where, "lines", lines, error) ||
      !fazhi_json_get_string (scope, object, where, "part", FAZHI_JSON_NULLABLE, &part, error) ||
      !fazhi_json_get_string (scope, object, where, "area", FAZHI_JSON_NULLABLE, &area, error))
    return NULL;

  self = fazhi_finding_new (rule, severity, message);
  self->line = (guint) line;
  /* "lines" lists the line itself too; update_lines drops the repeat. */
  set_extra_lines (self, (const guint *) (gconstpointer) lines->data, lines->len);
  self->part = g_strdup (part);
  self->area = g_strdup (area);
  update_lines (self);

  return g_steal_pointer (&self);
}

/**
 * fazhi_finding_new_from_json_node:
 * @node: a JSON object as written by [method@Fazhi.Finding.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a finding from the check result format. `rule`, `severity` and
 * `message` are required; the other members may be missing or null,
 * which leaves the default. A member of the wrong type or an unknown
 * severity fails with %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the finding, or %NULL with @error set
 */
FazhiFinding *
fazhi_finding_new_from_json_node (JsonNode *node,
                                  GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_finding_new_from_json_object (&scope, object, NULL, error);
}

/**
 * fazhi_finding_to_json_node:
 * @self: a finding
 *
 * Writes the finding in the check result format. Every member is
 * present; absent values are null, and `line` is null for a finding
 * about the whole report. `lines` lists every line the finding concerns,
 * as [method@Fazhi.Finding.get_lines] does.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_finding_to_json_node (FazhiFinding *self)
{
  g_autoptr (JsonBuilder) builder = NULL;

  g_return_val_if_fail (FAZHI_IS_FINDING (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  fazhi_json_add_string (builder, "rule", self->rule);
  fazhi_json_add_enum (builder, "severity", FAZHI_TYPE_SEVERITY, self->severity, -1);
  fazhi_json_add_string (builder, "message", self->message);
  fazhi_json_add_uint_or_null (builder, "line", self->line);
  _fazhi_json_add_lines (builder, "lines", self->lines, self->n_lines);
  fazhi_json_add_string (builder, "part", self->part);
  fazhi_json_add_string (builder, "area", self->area);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_finding_get_rule:
 * @self: a finding
 *
 * Returns: the id of the rule that made the finding
 */
const char *
fazhi_finding_get_rule (FazhiFinding *self)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), NULL);

  return self->rule;
}

/**
 * fazhi_finding_get_severity:
 * @self: a finding
 *
 * Returns: how serious the finding is
 */
FazhiSeverity
fazhi_finding_get_severity (FazhiFinding *self)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), FAZHI_SEVERITY_WARNING);

  return self->severity;
}

/**
 * fazhi_finding_set_severity:
 * @self: a finding
 * @severity: how serious the finding is
 *
 * Sets [property@Fazhi.Finding:severity].
 */
void
fazhi_finding_set_severity (FazhiFinding *self,
                            FazhiSeverity severity)
{
  g_return_if_fail (FAZHI_IS_FINDING (self));

  if (self->severity == severity)
    return;

  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

/**
 * fazhi_finding_get_message:
 * @self: a finding
 *
 * Returns: what was found
 */
const char *
fazhi_finding_get_message (FazhiFinding *self)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), NULL);

  return self->message;
}

/**
 * fazhi_finding_get_line:
 * @self: a finding
 *
 * Returns: the source line the finding is about, or 0 when it concerns
 *   the whole report
 */
guint
fazhi_finding_get_line (FazhiFinding *self)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), 0);

  return self->line;
}

/**
 * fazhi_finding_set_line:
 * @self: a finding
 * @line: the source line the finding is about, or 0 for the whole report
 *
 * Sets [property@Fazhi.Finding:line]. The line comes first in
 * [method@Fazhi.Finding.get_lines].
 */
void
fazhi_finding_set_line (FazhiFinding *self,
                        guint         line)
{
  g_return_if_fail (FAZHI_IS_FINDING (self));

  if (self->line == line)
    return;

  self->line = line;
  update_lines (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

/**
 * fazhi_finding_get_lines:
 * @self: a finding
 * @n_lines: (out): return location for the number of lines
 *
 * Gets every source line the finding concerns: its
 * [property@Fazhi.Finding:line] first, if it has one, then the others
 * given to [method@Fazhi.Finding.set_lines], each once. A finding about
 * one line has just that line; one about the whole report has none.
 *
 * The array belongs to the finding and is valid until its line or lines
 * change.
 *
 * Returns: (array length=n_lines) (transfer none) (nullable): the lines,
 *   or %NULL when there are none
 */
const guint *
fazhi_finding_get_lines (FazhiFinding *self,
                         guint        *n_lines)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), NULL);
  g_return_val_if_fail (n_lines != NULL, NULL);

  *n_lines = self->n_lines;
  if (self->n_lines == 0)
    return NULL;

  return self->lines;
}

/**
 * fazhi_finding_set_lines:
 * @self: a finding
 * @lines: (array length=n_lines) (nullable): the other source lines the
 *   finding concerns
 * @n_lines: the number of lines in @lines
 *
 * Replaces the other lines the finding concerns besides its
 * [property@Fazhi.Finding:line], such as the second place of a repeated
 * passage. Lines are kept in the order given; repeats and 0 are dropped.
 */
void
fazhi_finding_set_lines (FazhiFinding *self,
                         const guint  *lines,
                         guint         n_lines)
{
  g_return_if_fail (FAZHI_IS_FINDING (self));
  g_return_if_fail (lines != NULL || n_lines == 0);

  set_extra_lines (self, lines, n_lines);
  update_lines (self);
}

/**
 * fazhi_finding_get_part:
 * @self: a finding
 *
 * Returns: (nullable): the slug of the part of the report the finding is
 *   about
 */
const char *
fazhi_finding_get_part (FazhiFinding *self)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), NULL);

  return self->part;
}

/**
 * fazhi_finding_set_part:
 * @self: a finding
 * @part: (nullable): the slug of a part of the report
 *
 * Sets [property@Fazhi.Finding:part].
 */
void
fazhi_finding_set_part (FazhiFinding *self,
                        const char   *part)
{
  g_return_if_fail (FAZHI_IS_FINDING (self));

  if (g_strcmp0 (self->part, part) == 0)
    return;

  g_free (self->part);
  self->part = g_strdup (part);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
}

/**
 * fazhi_finding_get_area:
 * @self: a finding
 *
 * Returns: (nullable): the slug of the obligation area the finding is
 *   about
 */
const char *
fazhi_finding_get_area (FazhiFinding *self)
{
  g_return_val_if_fail (FAZHI_IS_FINDING (self), NULL);

  return self->area;
}

/**
 * fazhi_finding_set_area:
 * @self: a finding
 * @area: (nullable): the slug of an obligation area
 *
 * Sets [property@Fazhi.Finding:area].
 */
void
fazhi_finding_set_area (FazhiFinding *self,
                        const char   *area)
{
  g_return_if_fail (FAZHI_IS_FINDING (self));

  if (g_strcmp0 (self->area, area) == 0)
    return;

  g_free (self->area);
  self->area = g_strdup (area);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}
