/* fazhi-duty-evidence.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiDutyEvidence:
 *
 * A passage of a report that shows the principal leaders performing one
 * of their duties for the rule of law, such as presiding over a study
 * session of the Party group (`党组理论学习中心组专题学法`).
 *
 * Evidence is immutable: the reader makes it, and the checker counts it
 * against the duties catalog.
 */
struct _FazhiDutyEvidence
{
  GObject parent_instance;

  char *duty;
  char *text;
  guint line;
};

G_DEFINE_FINAL_TYPE (FazhiDutyEvidence, fazhi_duty_evidence, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DUTY,
  PROP_TEXT,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_duty_evidence_finalize (GObject *object)
{
  FazhiDutyEvidence *self = (FazhiDutyEvidence *) object;

  g_clear_pointer (&self->duty, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (fazhi_duty_evidence_parent_class)->finalize (object);
}

static void
fazhi_duty_evidence_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FazhiDutyEvidence *self = FAZHI_DUTY_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_DUTY:
      g_value_set_string (value, self->duty);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_duty_evidence_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FazhiDutyEvidence *self = FAZHI_DUTY_EVIDENCE (object);

  /* Construct-only: each is set exactly once, before anyone can look. */
  switch (prop_id)
    {
    case PROP_DUTY:
      self->duty = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    case PROP_LINE:
      self->line = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_duty_evidence_class_init (FazhiDutyEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_duty_evidence_finalize;
  object_class->get_property = fazhi_duty_evidence_get_property;
  object_class->set_property = fazhi_duty_evidence_set_property;

  /**
   * FazhiDutyEvidence:duty:
   *
   * The slug of the duty in the duties catalog (`duties-2016`), or %NULL.
   */
  properties[PROP_DUTY] =
    g_param_spec_string ("duty", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiDutyEvidence:text:
   *
   * The passage as written in the source, or %NULL.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiDutyEvidence:line:
   *
   * The 1-based source line of the passage, or 0 when unknown.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_duty_evidence_init (FazhiDutyEvidence *self)
{
}

/**
 * fazhi_duty_evidence_new:
 * @duty: (nullable): the slug of the duty
 * @text: (nullable): the passage as written in the source
 * @line: the source line of the passage, or 0
 *
 * Creates a piece of duty evidence.
 *
 * Returns: (transfer full): a new piece of evidence
 */
FazhiDutyEvidence *
fazhi_duty_evidence_new (const char *duty,
                         const char *text,
                         guint       line)
{
  return g_object_new (FAZHI_TYPE_DUTY_EVIDENCE,
                       "duty", duty,
                       "text", text,
                       "line", line,
                       NULL);
}

FazhiDutyEvidence *
_fazhi_duty_evidence_new_from_json_object (const FazhiJsonScope *scope,
                                           JsonObject           *object,
                                           const char           *where,
                                           GError              **error)
{
  const char *duty = NULL;
  const char *text = NULL;
  gint64      line = 0;

  if (!fazhi_json_get_string (scope, object, where, "duty", FAZHI_JSON_NULLABLE, &duty, error) ||
      !fazhi_json_get_string (scope, object, where, "text", FAZHI_JSON_NULLABLE, &text, error) ||
      !fazhi_json_get_int (scope, object, where, "line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &line, error))
    return NULL;

  return fazhi_duty_evidence_new (duty, text, (guint) line);
}

/**
 * fazhi_duty_evidence_new_from_json_node:
 * @node: a JSON object as written by
 *   [method@Fazhi.DutyEvidence.to_json_node]
 * @error: return location for a #GError
 *
 * Reads duty evidence from the report interchange format. Missing and
 * null members keep their defaults; a member of the wrong type fails with
 * %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the evidence, or %NULL with @error set
 */
FazhiDutyEvidence *
fazhi_duty_evidence_new_from_json_node (JsonNode *node,
                                        GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_duty_evidence_new_from_json_object (&scope, object, NULL, error);
}

/* Shared by evidence and its records, so both write the same JSON. */
static JsonNode *
duty_to_json_node (const char *duty,
                   const char *text,
                   guint       line)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  fazhi_json_add_string (builder, "duty", duty);
  fazhi_json_add_string (builder, "text", text);
  fazhi_json_add_uint_or_null (builder, "line", line);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_duty_evidence_to_json_node:
 * @self: a piece of duty evidence
 *
 * Writes the evidence in the report interchange format. Every member is
 * present; absent values are null.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_duty_evidence_to_json_node (FazhiDutyEvidence *self)
{
  g_return_val_if_fail (FAZHI_IS_DUTY_EVIDENCE (self), NULL);

  return duty_to_json_node (self->duty, self->text, self->line);
}

JsonNode *
_fazhi_duty_record_to_json_node (const FazhiDutyRecord *record)
{
  return duty_to_json_node (record->duty, record->text, record->line);
}

/**
 * fazhi_duty_evidence_get_duty:
 * @self: a piece of duty evidence
 *
 * Returns: (nullable): the slug of the duty
 */
const char *
fazhi_duty_evidence_get_duty (FazhiDutyEvidence *self)
{
  g_return_val_if_fail (FAZHI_IS_DUTY_EVIDENCE (self), NULL);

  return self->duty;
}

/**
 * fazhi_duty_evidence_get_text:
 * @self: a piece of duty evidence
 *
 * Returns: (nullable): the passage as written in the source
 */
const char *
fazhi_duty_evidence_get_text (FazhiDutyEvidence *self)
{
  g_return_val_if_fail (FAZHI_IS_DUTY_EVIDENCE (self), NULL);

  return self->text;
}

/**
 * fazhi_duty_evidence_get_line:
 * @self: a piece of duty evidence
 *
 * Returns: the source line of the passage, or 0 when unknown
 */
guint
fazhi_duty_evidence_get_line (FazhiDutyEvidence *self)
{
  g_return_val_if_fail (FAZHI_IS_DUTY_EVIDENCE (self), 0);

  return self->line;
}

void
_fazhi_duty_record_clear (FazhiDutyRecord *record)
{
  g_clear_pointer (&record->text, g_free);
}

gpointer
_fazhi_duty_evidence_new_from_record (gpointer data)
{
  FazhiDutyRecord   *record = data;
  FazhiDutyEvidence *self = g_object_new (FAZHI_TYPE_DUTY_EVIDENCE, NULL);

  self->duty = g_strdup (record->duty);
  self->text = g_steal_pointer (&record->text);
  self->line = record->line;

  return self;
}
