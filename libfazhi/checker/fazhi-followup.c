/* fazhi-followup.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-checker-private.h"
#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiFollowup:
 *
 * What this year's report says about one item of last year's: a target
 * it set (`plans`) or a shortcoming it admitted (`shortcomings`).
 *
 * The [property@Fazhi.Followup:text] and [property@Fazhi.Followup:line]
 * are those of the item in last year's report; the
 * [property@Fazhi.Followup:status] is what the checker made of this
 * year's report, and [method@Fazhi.Followup.get_evidence_lines] lists the
 * lines of this year's report it based that on.
 */
struct _FazhiFollowup
{
  GObject parent_instance;

  char             *text;
  char             *heading;
  GArray           *evidence; /* guint: lines of this year's report, each once */
  FazhiFollowupKind kind;
  FazhiTargetStatus status;
  guint             line;
};

G_DEFINE_FINAL_TYPE (FazhiFollowup, fazhi_followup, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_TEXT,
  PROP_HEADING,
  PROP_LINE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_followup_finalize (GObject *object)
{
  FazhiFollowup *self = (FazhiFollowup *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->evidence, g_array_unref);

  G_OBJECT_CLASS (fazhi_followup_parent_class)->finalize (object);
}

static void
fazhi_followup_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FazhiFollowup *self = FAZHI_FOLLOWUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_followup_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FazhiFollowup *self = FAZHI_FOLLOWUP (object);

  switch (prop_id)
    {
    /* Construct-only: set exactly once, before anyone can look. */
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    case PROP_LINE:
      self->line = g_value_get_uint (value);
      break;

    case PROP_HEADING:
      fazhi_followup_set_heading (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      fazhi_followup_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_followup_class_init (FazhiFollowupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_followup_finalize;
  object_class->get_property = fazhi_followup_get_property;
  object_class->set_property = fazhi_followup_set_property;

  /**
   * FazhiFollowup:kind:
   *
   * What is followed up: a target or a shortcoming.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FAZHI_TYPE_FOLLOWUP_KIND, FAZHI_FOLLOWUP_KIND_TARGET,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFollowup:text:
   *
   * The item as written in last year's report, or %NULL.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFollowup:heading:
   *
   * The item's short heading (`一是加强普法宣传`), or %NULL.
   */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFollowup:line:
   *
   * The 1-based line of the item in last year's report, or 0 when
   * unknown.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFollowup:status:
   *
   * What this year's report shows became of the item.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       FAZHI_TYPE_TARGET_STATUS, FAZHI_TARGET_STATUS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_followup_init (FazhiFollowup *self)
{
  self->kind = FAZHI_FOLLOWUP_KIND_TARGET;
  self->status = FAZHI_TARGET_STATUS_UNKNOWN;
  self->evidence = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * fazhi_followup_new:
 * @kind: what is followed up
 * @text: (nullable): the item as written in last year's report
 * @line: the line of the item in last year's report, or 0
 *
 * Creates the follow-up of one item, with no heading, status or evidence
 * yet.
 *
 * Returns: (transfer full): a new follow-up
 */
FazhiFollowup *
fazhi_followup_new (FazhiFollowupKind kind,
                    const char       *text,
                    guint             line)
{
  return g_object_new (FAZHI_TYPE_FOLLOWUP,
                       "kind", kind,
                       "text", text,
                       "line", line,
                       NULL);
}

FazhiFollowup *
_fazhi_followup_new_from_json_object (const FazhiJsonScope *scope,
                                      JsonObject           *object,
                                      const char           *where,
                                      GError              **error)
{
  g_autoptr (FazhiFollowup) self = NULL;
  g_autoptr (GArray)        evidence = g_array_new (FALSE, FALSE, sizeof (guint));
  const char               *text = NULL;
  const char               *heading = NULL;
  int                       kind = FAZHI_FOLLOWUP_KIND_TARGET;
  int                       status = FAZHI_TARGET_STATUS_UNKNOWN;
  gint64                    line = 0;

  if (!fazhi_json_get_enum (scope, object, where, "kind", FAZHI_JSON_REQUIRED,
                            FAZHI_TYPE_FOLLOWUP_KIND, &kind, error) ||
      !fazhi_json_get_string (scope, object, where, "heading", FAZHI_JSON_NULLABLE, &heading, error) ||
      !fazhi_json_get_string (scope, object, where, "text", FAZHI_JSON_NULLABLE, &text, error) ||
      !fazhi_json_get_int (scope, object, where, "line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &line, error) ||
      !fazhi_json_get_enum (scope, object, where, "status", FAZHI_JSON_NULLABLE,
                            FAZHI_TYPE_TARGET_STATUS, &status, error) ||
      !_fazhi_json_get_lines (scope, object, where, "evidence", evidence, error))
    return NULL;

  self = fazhi_followup_new (kind, text, (guint) line);
  self->heading = g_strdup (heading);
  self->status = status;
  g_array_append_vals (self->evidence, evidence->data, evidence->len);

  return g_steal_pointer (&self);
}

/**
 * fazhi_followup_new_from_json_node:
 * @node: a JSON object as written by [method@Fazhi.Followup.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a follow-up from the check result format. `kind` is required;
 * the other members may be missing or null, which leaves the default. A
 * member of the wrong type or an unknown kind or status fails with
 * %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the follow-up, or %NULL with @error set
 */
FazhiFollowup *
fazhi_followup_new_from_json_node (JsonNode *node,
                                   GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_followup_new_from_json_object (&scope, object, NULL, error);
}

/**
 * fazhi_followup_to_json_node:
 * @self: a follow-up
 *
 * Writes the follow-up in the check result format. Every member is
 * present; absent values are null, the status is always written (as
 * `unknown` when there is none) and `evidence` is an empty array when
 * there is none.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_followup_to_json_node (FazhiFollowup *self)
{
  g_autoptr (JsonBuilder) builder = NULL;

  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  fazhi_json_add_enum (builder, "kind", FAZHI_TYPE_FOLLOWUP_KIND, self->kind, -1);
  fazhi_json_add_string (builder, "heading", self->heading);
  fazhi_json_add_string (builder, "text", self->text);
  fazhi_json_add_uint_or_null (builder, "line", self->line);
  fazhi_json_add_enum (builder, "status", FAZHI_TYPE_TARGET_STATUS, self->status, -1);
  _fazhi_json_add_lines (builder, "evidence", (const guint *) (gconstpointer) self->evidence->data,
                         self->evidence->len);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_followup_get_kind:
 * @self: a follow-up
 *
 * Returns: what is followed up
 */
FazhiFollowupKind
fazhi_followup_get_kind (FazhiFollowup *self)
{
  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), FAZHI_FOLLOWUP_KIND_TARGET);

  return self->kind;
}

/**
 * fazhi_followup_get_text:
 * @self: a follow-up
 *
 * Returns: (nullable): the item as written in last year's report
 */
const char *
fazhi_followup_get_text (FazhiFollowup *self)
{
  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), NULL);

  return self->text;
}

/**
 * fazhi_followup_get_heading:
 * @self: a follow-up
 *
 * Returns: (nullable): the item's short heading
 */
const char *
fazhi_followup_get_heading (FazhiFollowup *self)
{
  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), NULL);

  return self->heading;
}

/**
 * fazhi_followup_set_heading:
 * @self: a follow-up
 * @heading: (nullable): the item's short heading
 *
 * Sets [property@Fazhi.Followup:heading].
 */
void
fazhi_followup_set_heading (FazhiFollowup *self,
                            const char    *heading)
{
  g_return_if_fail (FAZHI_IS_FOLLOWUP (self));

  if (g_strcmp0 (self->heading, heading) == 0)
    return;

  g_free (self->heading);
  self->heading = g_strdup (heading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

/**
 * fazhi_followup_get_line:
 * @self: a follow-up
 *
 * Returns: the line of the item in last year's report, or 0 when unknown
 */
guint
fazhi_followup_get_line (FazhiFollowup *self)
{
  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), 0);

  return self->line;
}

/**
 * fazhi_followup_get_status:
 * @self: a follow-up
 *
 * Returns: what this year's report shows became of the item
 */
FazhiTargetStatus
fazhi_followup_get_status (FazhiFollowup *self)
{
  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), FAZHI_TARGET_STATUS_UNKNOWN);

  return self->status;
}

/**
 * fazhi_followup_set_status:
 * @self: a follow-up
 * @status: what this year's report shows became of the item
 *
 * Sets [property@Fazhi.Followup:status].
 */
void
fazhi_followup_set_status (FazhiFollowup    *self,
                           FazhiTargetStatus status)
{
  g_return_if_fail (FAZHI_IS_FOLLOWUP (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * fazhi_followup_get_evidence_lines:
 * @self: a follow-up
 * @n_lines: (out): return location for the number of lines
 *
 * Gets the lines of this year's report that the
 * [property@Fazhi.Followup:status] is based on, in the order they were
 * given. The array belongs to the follow-up and is valid until the
 * evidence lines change.
 *
 * Returns: (array length=n_lines) (transfer none) (nullable): the lines,
 *   or %NULL when there are none
 */
const guint *
fazhi_followup_get_evidence_lines (FazhiFollowup *self,
                                   guint         *n_lines)
{
  g_return_val_if_fail (FAZHI_IS_FOLLOWUP (self), NULL);
  g_return_val_if_fail (n_lines != NULL, NULL);

  *n_lines = self->evidence->len;
  if (self->evidence->len == 0)
    return NULL;

  return (const guint *) (gconstpointer) self->evidence->data;
}

/**
 * fazhi_followup_set_evidence_lines:
 * @self: a follow-up
 * @lines: (array length=n_lines) (nullable): lines of this year's report
 * @n_lines: the number of lines in @lines
 *
 * Replaces the evidence lines. Lines are kept in the order given;
 * repeats and 0 are dropped.
 */
void
fazhi_followup_set_evidence_lines (FazhiFollowup *self,
                                   const guint   *lines,
                                   guint          n_lines)
{
  g_return_if_fail (FAZHI_IS_FOLLOWUP (self));
  g_return_if_fail (lines != NULL || n_lines == 0);

  _fazhi_lines_set (self->evidence, lines, n_lines);
}
