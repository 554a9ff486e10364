/* fazhi-figure.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiFigure:
 *
 * A number a report states: how many cases, how much money, what share.
 *
 * The [property@Fazhi.Figure:text] keeps the figure as the source writes
 * it (`75.46 亿元`, `两次`, `100%`); [property@Fazhi.Figure:value] and
 * [property@Fazhi.Figure:unit] are what it means, so figures can be
 * compared between years.
 */

/* A figure made from a record keeps the record's block, where its text
 * and subject lie (see _fazhi_figure_record_clear ()), and frees them
 * alone only once it has replaced them. */
struct _FazhiFigure
{
  GObject parent_instance;

  char                *unit;
  char                *subject;
  char                *text;
  char                *block; /* from a record, or NULL */
  double               value;
  FazhiFigureKind      kind;
  FazhiFigureQualifier qualifier;
  guint                line;
  gboolean             subject_in_block;
  gboolean             text_in_block;
};

G_DEFINE_FINAL_TYPE (FazhiFigure, fazhi_figure, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_VALUE,
  PROP_UNIT,
  PROP_KIND,
  PROP_QUALIFIER,
  PROP_SUBJECT,
  PROP_TEXT,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_figure_finalize (GObject *object)
{
  FazhiFigure *self = (FazhiFigure *) object;

  g_clear_pointer (&self->unit, g_free);
  if (!self->subject_in_block)
    g_free (self->subject);
  if (!self->text_in_block)
    g_free (self->text);
  g_free (self->block);

  G_OBJECT_CLASS (fazhi_figure_parent_class)->finalize (object);
}

static void
fazhi_figure_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FazhiFigure *self = FAZHI_FIGURE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_QUALIFIER:
      g_value_set_enum (value, self->qualifier);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
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
fazhi_figure_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FazhiFigure *self = FAZHI_FIGURE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      fazhi_figure_set_value (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      fazhi_figure_set_unit (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      fazhi_figure_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_QUALIFIER:
      fazhi_figure_set_qualifier (self, g_value_get_enum (value));
      break;
    case PROP_SUBJECT:
      fazhi_figure_set_subject (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      fazhi_figure_set_text (self, g_value_get_string (value));
      break;
    case PROP_LINE:
      fazhi_figure_set_line (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_figure_class_init (FazhiFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_figure_finalize;
  object_class->get_property = fazhi_figure_get_property;
  object_class->set_property = fazhi_figure_set_property;

  /**
   * FazhiFigure:value:
   *
   * The value in [property@Fazhi.Figure:unit]: 75.46 for `75.46 亿元`, 2
   * for `两次`, 29.7 for `29.7%`.
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFigure:unit:
   *
   * The unit or measure word as written (`亿元`, `次`, `%`), or %NULL.
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFigure:kind:
   *
   * What the figure measures.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FAZHI_TYPE_FIGURE_KIND, FAZHI_FIGURE_KIND_COUNT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFigure:qualifier:
   *
   * How the value is bounded (`以上`, `约`…).
   */
  properties[PROP_QUALIFIER] =
    g_param_spec_enum ("qualifier", NULL, NULL,
                       FAZHI_TYPE_FIGURE_QUALIFIER, FAZHI_FIGURE_QUALIFIER_EXACT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFigure:subject:
   *
   * What is counted, as the text names it (`行政复议案件`), or %NULL.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFigure:text:
   *
   * The figure as written in the source, such as `75.46 亿元`, or %NULL.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiFigure:line:
   *
   * The 1-based source line of the figure, or 0 when unknown.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_figure_init (FazhiFigure *self)
{
  self->kind = FAZHI_FIGURE_KIND_COUNT;
  self->qualifier = FAZHI_FIGURE_QUALIFIER_EXACT;
}

/**
 * fazhi_figure_new:
 * @value: the value
 * @unit: (nullable): the unit or measure word
 * @kind: what the figure measures
 *
 * Creates an exact figure with no subject, text or line.
 *
 * Returns: (transfer full): a new figure
 */
FazhiFigure *
fazhi_figure_new (double          value,
                  const char     *unit,
                  FazhiFigureKind kind)
{
  return g_object_new (FAZHI_TYPE_FIGURE,
                       "value", value,
                       "unit", unit,
                       "kind", kind,
                       NULL);
}

FazhiFigure *
_fazhi_figure_new_from_json_object (const FazhiJsonScope *scope,
                                    JsonObject           *object,
                                    const char           *where,
                                    GError              **error)
{
  g_autoptr (FazhiFigure) self = g_object_new (FAZHI_TYPE_FIGURE, NULL);
  const char             *unit = NULL;
  const char             *subject = NULL;
  const char             *text = NULL;
  double                  value = 0.0;
  int                     kind = FAZHI_FIGURE_KIND_COUNT;
  int                     qualifier = FAZHI_FIGURE_QUALIFIER_EXACT;
  gint64                  line = 0;

  if (!fazhi_json_get_double (scope, object, where, "value", FAZHI_JSON_NULLABLE, &value, error) ||
      !fazhi_json_get_string (scope, object, where, "unit", FAZHI_JSON_NULLABLE, &unit, error) ||
      !fazhi_json_get_enum (scope, object, where, "kind", FAZHI_JSON_NULLABLE, FAZHI_TYPE_FIGURE_KIND, &kind, error) ||
      !fazhi_json_get_enum (scope, object, where, "qualifier", FAZHI_JSON_NULLABLE,
                            FAZHI_TYPE_FIGURE_QUALIFIER, &qualifier, error) ||
      !fazhi_json_get_string (scope, object, where, "subject", FAZHI_JSON_NULLABLE, &subject, error) ||
      !fazhi_json_get_string (scope, object, where, "text", FAZHI_JSON_NULLABLE, &text, error) ||
      !fazhi_json_get_int (scope, object, where, "line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &line, error))
    return NULL;

  self->value = value;
  self->unit = g_strdup (unit);
  self->kind = kind;
  self->qualifier = qualifier;
  self->subject = g_strdup (subject);
  self->text = g_strdup (text);
  self->line = (guint) line;

  return g_steal_pointer (&self);
}

/**
 * fazhi_figure_new_from_json_node:
 * @node: a JSON object as written by [method@Fazhi.Figure.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a figure from the report interchange format. Missing and null
 * members keep their defaults; a member of the wrong type or an unknown
 * kind fails with %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the figure, or %NULL with @error set
 */
FazhiFigure *
fazhi_figure_new_from_json_node (JsonNode *node,
                                 GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_figure_new_from_json_object (&scope, object, NULL, error);
}

/* Shared by figures and their records, so both write the same JSON. */
static JsonNode *
figure_to_json_node (double      value,
                     const char *unit,
                     int         kind,
                     int         qualifier,
                     const char *subject,
                     const char *text,
                     guint       line)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _fazhi_report_json_add_number (builder, "value", value);
  fazhi_json_add_string (builder, "unit", unit);
  fazhi_json_add_enum (builder, "kind", FAZHI_TYPE_FIGURE_KIND, kind, -1);
  fazhi_json_add_enum (builder, "qualifier", FAZHI_TYPE_FIGURE_QUALIFIER, qualifier, -1);
  fazhi_json_add_string (builder, "subject", subject);
  fazhi_json_add_string (builder, "text", text);
  fazhi_json_add_uint_or_null (builder, "line", line);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_figure_to_json_node:
 * @self: a figure
 *
 * Writes the figure in the report interchange format. Every member is
 * present; absent values are null.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_figure_to_json_node (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), NULL);

  return figure_to_json_node (self->value, self->unit, self->kind, self->qualifier, self->subject, self->text,
                              self->line);
}

JsonNode *
_fazhi_figure_record_to_json_node (const FazhiFigureRecord *record)
{
  /* A figure made from the record has no unit when the record's is empty. */
  return figure_to_json_node (record->value, record->unit[0] != '\0' ? record->unit : NULL, record->kind,
                              record->qualifier, record->subject, record->text, record->line);
}

/**
 * fazhi_figure_get_value:
 * @self: a figure
 *
 * Returns: the value in the figure's unit
 */
double
fazhi_figure_get_value (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), 0.0);

  return self->value;
}

/**
 * fazhi_figure_set_value:
 * @self: a figure
 * @value: the value in the figure's unit
 *
 * Sets [property@Fazhi.Figure:value].
 */
void
fazhi_figure_set_value (FazhiFigure *self,
                        double       value)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * fazhi_figure_get_unit:
 * @self: a figure
 *
 * Returns: (nullable): the unit or measure word
 */
const char *
fazhi_figure_get_unit (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), NULL);

  return self->unit;
}

/**
 * fazhi_figure_set_unit:
 * @self: a figure
 * @unit: (nullable): the unit or measure word
 *
 * Sets [property@Fazhi.Figure:unit].
 */
void
fazhi_figure_set_unit (FazhiFigure *self,
                       const char  *unit)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (g_strcmp0 (self->unit, unit) == 0)
    return;

  g_free (self->unit);
  self->unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

/**
 * fazhi_figure_get_kind:
 * @self: a figure
 *
 * Returns: what the figure measures
 */
FazhiFigureKind
fazhi_figure_get_kind (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), FAZHI_FIGURE_KIND_COUNT);

  return self->kind;
}

/**
 * fazhi_figure_set_kind:
 * @self: a figure
 * @kind: what the figure measures
 *
 * Sets [property@Fazhi.Figure:kind].
 */
void
fazhi_figure_set_kind (FazhiFigure    *self,
                       FazhiFigureKind kind)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * fazhi_figure_get_qualifier:
 * @self: a figure
 *
 * Returns: how the value is bounded
 */
FazhiFigureQualifier
fazhi_figure_get_qualifier (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), FAZHI_FIGURE_QUALIFIER_EXACT);

  return self->qualifier;
}

/**
 * fazhi_figure_set_qualifier:
 * @self: a figure
 * @qualifier: how the value is bounded
 *
 * Sets [property@Fazhi.Figure:qualifier].
 */
void
fazhi_figure_set_qualifier (FazhiFigure         *self,
                            FazhiFigureQualifier qualifier)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (self->qualifier == qualifier)
    return;

  self->qualifier = qualifier;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUALIFIER]);
}

/**
 * fazhi_figure_get_subject:
 * @self: a figure
 *
 * Returns: (nullable): what is counted
 */
const char *
fazhi_figure_get_subject (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), NULL);

  return self->subject;
}

/**
 * fazhi_figure_set_subject:
 * @self: a figure
 * @subject: (nullable): what is counted
 *
 * Sets [property@Fazhi.Figure:subject].
 */
void
fazhi_figure_set_subject (FazhiFigure *self,
                          const char  *subject)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (g_strcmp0 (self->subject, subject) == 0)
    return;

  if (!self->subject_in_block)
    g_free (self->subject);
  self->subject_in_block = FALSE;
  self->subject = g_strdup (subject);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

/**
 * fazhi_figure_get_text:
 * @self: a figure
 *
 * Returns: (nullable): the figure as written in the source
 */
const char *
fazhi_figure_get_text (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), NULL);

  return self->text;
}

/**
 * fazhi_figure_set_text:
 * @self: a figure
 * @text: (nullable): the figure as written in the source
 *
 * Sets [property@Fazhi.Figure:text].
 */
void
fazhi_figure_set_text (FazhiFigure *self,
                       const char  *text)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  if (!self->text_in_block)
    g_free (self->text);
  self->text_in_block = FALSE;
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * fazhi_figure_get_line:
 * @self: a figure
 *
 * Returns: the source line of the figure, or 0 when unknown
 */
guint
fazhi_figure_get_line (FazhiFigure *self)
{
  g_return_val_if_fail (FAZHI_IS_FIGURE (self), 0);

  return self->line;
}

/**
 * fazhi_figure_set_line:
 * @self: a figure
 * @line: the source line of the figure, or 0
 *
 * Sets [property@Fazhi.Figure:line].
 */
void
fazhi_figure_set_line (FazhiFigure *self,
                       guint        line)
{
  g_return_if_fail (FAZHI_IS_FIGURE (self));

  if (self->line == line)
    return;

  self->line = line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

/* The reader allocates a record's text and subject as one block, which
 * @text points to and owns; @subject, if not NULL, points into it. The
 * report's list frees @text alone for the same reason. */
void
_fazhi_figure_record_clear (FazhiFigureRecord *record)
{
  record->subject = NULL;
  g_clear_pointer (&record->text, g_free);
}

gpointer
_fazhi_figure_new_from_record (gpointer data)
{
  FazhiFigureRecord *record = data;
  FazhiFigure       *self = g_object_new (FAZHI_TYPE_FIGURE, NULL);

  self->value = record->value;
  self->unit = record->unit[0] != '\0' ? g_strdup (record->unit) : NULL;
  self->block = g_steal_pointer (&record->text);
  self->text = self->block;
  self->text_in_block = TRUE;
  self->subject = g_steal_pointer (&record->subject);
  self->subject_in_block = self->subject != NULL;
  self->line = record->line;
  self->kind = record->kind;
  self->qualifier = record->qualifier;

  return self;
}
