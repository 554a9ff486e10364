/* fazhi-section.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiSection:
 *
 * One heading of a report and the text under it.
 *
 * Sections come in document order and nest by their
 * [property@Fazhi.Section:level]: a section owns every later section of a
 * deeper level up to the next one of its own level or shallower. A
 * numbered item that starts inside a paragraph (`一是……，二是……`) is a
 * section too, with [property@Fazhi.Section:run-in] set.
 *
 * The [property@Fazhi.Section:body] is the source text itself, so that
 * [method@Fazhi.Section.get_line_at_offset] can name the line of anything
 * found in it.
 */
struct _FazhiSection
{
  GObject parent_instance;

  char  *heading;
  char  *part;
  char  *area;
  char  *body;
  double area_score;
  guint  level;
  guint  line;
  guint  body_line;
  guint  end_line;
  guint  run_in : 1;

  /* Where the reader found the body in its document: the checker reads
   * the body from there instead of normalising it again. Forgotten when
   * the body or its line changes. */
  FazhiDocument *source;
  gsize          source_start;
  gsize          source_end;
};

G_DEFINE_FINAL_TYPE (FazhiSection, fazhi_section, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_HEADING,
  PROP_LEVEL,
  PROP_RUN_IN,
  PROP_PART,
  PROP_AREA,
  PROP_AREA_SCORE,
  PROP_BODY,
  PROP_LINE,
  PROP_BODY_LINE,
  PROP_END_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_section_finalize (GObject *object)
{
  FazhiSection *self = (FazhiSection *) object;

  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->part, g_free);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (fazhi_section_parent_class)->finalize (object);
}

static void
fazhi_section_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FazhiSection *self = FAZHI_SECTION (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_RUN_IN:
      g_value_set_boolean (value, self->run_in);
      break;
    case PROP_PART:
      g_value_set_string (value, self->part);
      break;
    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;
    case PROP_AREA_SCORE:
      g_value_set_double (value, self->area_score);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_BODY_LINE:
      g_value_set_uint (value, self->body_line);
      break;
    case PROP_END_LINE:
      g_value_set_uint (value, self->end_line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_section_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FazhiSection *self = FAZHI_SECTION (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      fazhi_section_set_heading (self, g_value_get_string (value));
      break;
    case PROP_LEVEL:
      fazhi_section_set_level (self, g_value_get_uint (value));
      break;
    case PROP_RUN_IN:
      fazhi_section_set_run_in (self, g_value_get_boolean (value));
      break;
    case PROP_PART:
      fazhi_section_set_part (self, g_value_get_string (value));
      break;
    case PROP_AREA:
      fazhi_section_set_area (self, g_value_get_string (value));
      break;
    case PROP_AREA_SCORE:
      fazhi_section_set_area_score (self, g_value_get_double (value));
      break;
    case PROP_BODY:
      fazhi_section_set_body (self, g_value_get_string (value));
      break;
    case PROP_LINE:
      fazhi_section_set_line (self, g_value_get_uint (value));
      break;
    case PROP_BODY_LINE:
      fazhi_section_set_body_line (self, g_value_get_uint (value));
      break;
    case PROP_END_LINE:
      fazhi_section_set_end_line (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_section_class_init (FazhiSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_section_finalize;
  object_class->get_property = fazhi_section_get_property;
  object_class->set_property = fazhi_section_set_property;

  /**
   * FazhiSection:heading:
   *
   * The heading as written, without its number (`一、`, `（二）`), or
   * %NULL.
   */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:level:
   *
   * The depth of the heading: 1 for `一、`, 2 for `（一）`, and so on.
   */
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:run-in:
   *
   * Whether the section is an item that starts inside a paragraph
   * (`一是……`) rather than a heading on a line of its own.
   */
  properties[PROP_RUN_IN] =
    g_param_spec_boolean ("run-in", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:part:
   *
   * The slug of the part of the report the section belongs to, from the
   * `parts` catalog (`measures`, `shortcomings`, `plans`…), or %NULL.
   */
  properties[PROP_PART] =
    g_param_spec_string ("part", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:area:
   *
   * The slug of the obligation area of the report's framework the section
   * is about, or %NULL.
   */
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:area-score:
   *
   * How sure the reader is of [property@Fazhi.Section:area], from 0 to 1;
   * 0 when there is no area.
   */
  properties[PROP_AREA_SCORE] =
    g_param_spec_double ("area-score", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:body:
   *
   * The text of the section's body exactly as in the source, its lines
   * joined by `\n`, or %NULL.
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:line:
   *
   * The 1-based source line of the heading, or 0 when unknown.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:body-line:
   *
   * The 1-based source line where the body starts, or 0 when unknown. It
   * equals [property@Fazhi.Section:line] when the heading carries the
   * first sentence of the body.
   */
  properties[PROP_BODY_LINE] =
    g_param_spec_uint ("body-line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSection:end-line:
   *
   * The last 1-based source line of the section, its sub-sections
   * included, or 0 when unknown.
   */
  properties[PROP_END_LINE] =
    g_param_spec_uint ("end-line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_section_init (FazhiSection *self)
{
  self->level = 1;
}

/**
 * fazhi_section_new:
 * @heading: (nullable): the heading
 * @level: the depth of the heading, from 1
 *
 * Creates a section with no body and no lines.
 *
 * Returns: (transfer full): a new section
 */
FazhiSection *
fazhi_section_new (const char *heading,
                   guint       level)
{
  g_return_val_if_fail (level >= 1, NULL);

  return g_object_new (FAZHI_TYPE_SECTION,
                       "heading", heading,
                       "level", level,
                       NULL);
}

FazhiSection *
_fazhi_section_new_from_json_object (const FazhiJsonScope *scope,
                                     JsonObject           *object,
                                     const char           *where,
                                     GError              **error)
{
  g_autoptr (FazhiSection) self = g_object_new (FAZHI_TYPE_SECTION, NULL);
  const char              *heading = NULL;
  const char              *part = NULL;
  const char              *area = NULL;
  const char              *body = NULL;
  gint64                   level = 1;
  gint64                   line = 0;
  gint64                   body_line = 0;
  gint64                   end_line = 0;
  gboolean                 run_in = FALSE;
  double                   area_score = 0.0;

  if (!fazhi_json_get_string (scope, object, where, "heading", FAZHI_JSON_NULLABLE, &heading, error) ||
      !fazhi_json_get_int (scope, object, where, "level", FAZHI_JSON_NULLABLE, 1, G_MAXUINT, &level, error) ||
      !fazhi_json_get_bool (scope, object, where, "run_in", FAZHI_JSON_NULLABLE, &run_in, error) ||
      !fazhi_json_get_int (scope, object, where, "line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &line, error) ||
      !fazhi_json_get_int (scope, object, where, "body_line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &body_line, error) ||
      !fazhi_json_get_int (scope, object, where, "end_line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &end_line, error) ||
      !fazhi_json_get_string (scope, object, where, "part", FAZHI_JSON_NULLABLE, &part, error) ||
      !fazhi_json_get_string (scope, object, where, "area", FAZHI_JSON_NULLABLE, &area, error) ||
      !fazhi_json_get_double (scope, object, where, "area_score", FAZHI_JSON_NULLABLE, &area_score, error) ||
      !fazhi_json_get_string (scope, object, where, "body", FAZHI_JSON_NULLABLE, &body, error))
    return NULL;

  if (!(area_score >= 0.0 && area_score <= 1.0))
    {
      fazhi_json_set_error (scope, error, where, "area_score", "%g is out of range (0–1)", area_score);
      return NULL;
    }

  self->heading = g_strdup (heading);
  self->level = (guint) level;
  self->run_in = !!run_in;
  self->line = (guint) line;
  self->body_line = (guint) body_line;
  self->end_line = (guint) end_line;
  self->part = g_strdup (part);
  self->area = g_strdup (area);
  /* The writer leaves the score out with the area; keep the pair consistent. */
  self->area_score = area != NULL ? area_score : 0.0;
  self->body = g_strdup (body);

  return g_steal_pointer (&self);
}

/**
 * fazhi_section_new_from_json_node:
 * @node: a JSON object as written by [method@Fazhi.Section.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a section from the report interchange format. Missing and null
 * members keep their defaults; a member of the wrong type or out of range
 * fails with %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the section, or %NULL with @error set
 */
FazhiSection *
fazhi_section_new_from_json_node (JsonNode *node,
                                  GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_section_new_from_json_object (&scope, object, NULL, error);
}

/* Shared by sections and their records, so both write the same JSON. */
static JsonNode *
section_to_json_node (const char *heading,
                      guint       level,
                      gboolean    run_in,
                      guint       line,
                      guint       body_line,
                      guint       end_line,
                      const char *part,
                      const char *area,
                      double      area_score,
                      const char *body)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  fazhi_json_add_string (builder, "heading", heading);
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, level);
  json_builder_set_member_name (builder, "run_in");
  json_builder_add_boolean_value (builder, run_in);
  fazhi_json_add_uint_or_null (builder, "line", line);
  fazhi_json_add_uint_or_null (builder, "body_line", body_line);
  fazhi_json_add_uint_or_null (builder, "end_line", end_line);
  fazhi_json_add_string (builder, "part", part);
  fazhi_json_add_string (builder, "area", area);
  if (area != NULL)
    _fazhi_report_json_add_number (builder, "area_score", area_score);
  else
    {
      json_builder_set_member_name (builder, "area_score");
      json_builder_add_null_value (builder);
    }
  fazhi_json_add_string (builder, "body", body);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_section_to_json_node:
 * @self: a section
 *
 * Writes the section in the report interchange format. Every member is
 * present; absent values are null.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_section_to_json_node (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), NULL);

  return section_to_json_node (self->heading, self->level, self->run_in, self->line, self->body_line,
                               self->end_line, self->part, self->area, self->area_score, self->body);
}

JsonNode *
_fazhi_section_record_to_json_node (const FazhiSectionRecord *record)
{
  return section_to_json_node (record->heading, record->level, record->run_in, record->line, record->body_line,
                               record->end_line, record->part, record->area, record->area_score, record->body);
}

/**
 * fazhi_section_get_heading:
 * @self: a section
 *
 * Returns: (nullable): the heading
 */
const char *
fazhi_section_get_heading (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), NULL);

  return self->heading;
}

/**
 * fazhi_section_set_heading:
 * @self: a section
 * @heading: (nullable): the heading
 *
 * Sets [property@Fazhi.Section:heading].
 */
void
fazhi_section_set_heading (FazhiSection *self,
                           const char   *heading)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (g_strcmp0 (self->heading, heading) == 0)
    return;

  g_free (self->heading);
  self->heading = g_strdup (heading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

/**
 * fazhi_section_get_level:
 * @self: a section
 *
 * Returns: the depth of the heading, from 1
 */
guint
fazhi_section_get_level (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), 0);

  return self->level;
}

/**
 * fazhi_section_set_level:
 * @self: a section
 * @level: the depth of the heading, from 1
 *
 * Sets [property@Fazhi.Section:level].
 */
void
fazhi_section_set_level (FazhiSection *self,
                         guint         level)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));
  g_return_if_fail (level >= 1);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * fazhi_section_get_run_in:
 * @self: a section
 *
 * Returns: whether the section is an item inside a paragraph
 */
gboolean
fazhi_section_get_run_in (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), FALSE);

  return self->run_in;
}

/**
 * fazhi_section_set_run_in:
 * @self: a section
 * @run_in: whether the section is an item inside a paragraph
 *
 * Sets [property@Fazhi.Section:run-in].
 */
void
fazhi_section_set_run_in (FazhiSection *self,
                          gboolean      run_in)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  run_in = !!run_in;
  if (self->run_in == (guint) run_in)
    return;

  self->run_in = run_in;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUN_IN]);
}

/**
 * fazhi_section_get_part:
 * @self: a section
 *
 * Returns: (nullable): the slug of the part the section belongs to
 */
const char *
fazhi_section_get_part (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), NULL);

  return self->part;
}

/**
 * fazhi_section_set_part:
 * @self: a section
 * @part: (nullable): the slug of a part
 *
 * Sets [property@Fazhi.Section:part].
 */
void
fazhi_section_set_part (FazhiSection *self,
                        const char   *part)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (g_strcmp0 (self->part, part) == 0)
    return;

  g_free (self->part);
  self->part = g_strdup (part);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
}

/**
 * fazhi_section_get_area:
 * @self: a section
 *
 * Returns: (nullable): the slug of the obligation area
 */
const char *
fazhi_section_get_area (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), NULL);

  return self->area;
}

/**
 * fazhi_section_set_area:
 * @self: a section
 * @area: (nullable): the slug of an obligation area
 *
 * Sets [property@Fazhi.Section:area]. The
 * [property@Fazhi.Section:area-score] is left as it is.
 */
void
fazhi_section_set_area (FazhiSection *self,
                        const char   *area)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (g_strcmp0 (self->area, area) == 0)
    return;

  g_free (self->area);
  self->area = g_strdup (area);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

/**
 * fazhi_section_get_area_score:
 * @self: a section
 *
 * Returns: how sure the reader is of the area, from 0 to 1
 */
double
fazhi_section_get_area_score (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), 0.0);

  return self->area_score;
}

/**
 * fazhi_section_set_area_score:
 * @self: a section
 * @score: a confidence from 0 to 1
 *
 * Sets [property@Fazhi.Section:area-score].
 */
void
fazhi_section_set_area_score (FazhiSection *self,
                              double        score)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));
  g_return_if_fail (score >= 0.0 && score <= 1.0);

  if (self->area_score == score)
    return;

  self->area_score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA_SCORE]);
}

/**
 * fazhi_section_get_body:
 * @self: a section
 *
 * Returns: (nullable): the text of the body, exactly as in the source
 */
const char *
fazhi_section_get_body (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), NULL);

  return self->body;
}

/**
 * fazhi_section_set_body:
 * @self: a section
 * @body: (nullable): the text of the body, lines joined by `\n`
 *
 * Sets [property@Fazhi.Section:body].
 */
void
fazhi_section_set_body (FazhiSection *self,
                        const char   *body)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (g_strcmp0 (self->body, body) == 0)
    return;

  g_free (self->body);
  self->body = g_strdup (body);
  g_clear_object (&self->source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * fazhi_section_get_line:
 * @self: a section
 *
 * Returns: the source line of the heading, or 0 when unknown
 */
guint
fazhi_section_get_line (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), 0);

  return self->line;
}

/**
 * fazhi_section_set_line:
 * @self: a section
 * @line: the source line of the heading, or 0
 *
 * Sets [property@Fazhi.Section:line].
 */
void
fazhi_section_set_line (FazhiSection *self,
                        guint         line)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (self->line == line)
    return;

  self->line = line;
  g_clear_object (&self->source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

/**
 * fazhi_section_get_body_line:
 * @self: a section
 *
 * Returns: the source line where the body starts, or 0 when unknown
 */
guint
fazhi_section_get_body_line (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), 0);

  return self->body_line;
}

/**
 * fazhi_section_set_body_line:
 * @self: a section
 * @line: the source line where the body starts, or 0
 *
 * Sets [property@Fazhi.Section:body-line].
 */
void
fazhi_section_set_body_line (FazhiSection *self,
                             guint         line)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (self->body_line == line)
    return;

  self->body_line = line;
  g_clear_object (&self->source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_LINE]);
}

/**
 * fazhi_section_get_end_line:
 * @self: a section
 *
 * Returns: the last source line of the section, or 0 when unknown
 */
guint
fazhi_section_get_end_line (FazhiSection *self)
{
  g_return_val_if_fail (FAZHI_IS_SECTION (self), 0);

  return self->end_line;
}

/**
 * fazhi_section_set_end_line:
 * @self: a section
 * @line: the last source line of the section, or 0
 *
 * Sets [property@Fazhi.Section:end-line].
 */
void
fazhi_section_set_end_line (FazhiSection *self,
                            guint         line)
{
  g_return_if_fail (FAZHI_IS_SECTION (self));

  if (self->end_line == line)
    return;

  self->end_line = line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_LINE]);
}

/**
 * fazhi_section_get_line_at_offset:
 * @self: a section
 * @offset: a byte offset in [property@Fazhi.Section:body]
 *
 * Finds the source line of a place in the body: the
 * [property@Fazhi.Section:body-line] plus the number of line ends before
 * @offset. An offset past the end of the body counts as its end.
 *
 * Returns: the 1-based source line, or 0 when the body's line is unknown
 */
guint
fazhi_section_get_line_at_offset (FazhiSection *self,
                                  gsize         offset)
{
  guint line;

  g_return_val_if_fail (FAZHI_IS_SECTION (self), 0);

  if (self->body_line == 0)
    return 0;

  line = self->body_line;
  if (self->body != NULL)
    {
      const char *end = self->body + MIN (offset, strlen (self->body));

      for (const char *p = self->body; (p = memchr (p, '\n', end - p)) != NULL; p++)
        line++;
    }

  return line;
}

FazhiSection *
_fazhi_section_new_full (char       *heading,
                         guint       level,
                         gboolean    run_in,
                         const char *part,
                         const char *area,
                         double      area_score,
                         char       *body,
                         guint       line,
                         guint       body_line,
                         guint       end_line)
{
  FazhiSection *self = g_object_new (FAZHI_TYPE_SECTION, NULL);

  self->heading = heading;
  self->level = MAX (level, 1);
  self->run_in = !!run_in;
  self->part = g_strdup (part);
  self->area = g_strdup (area);
  self->area_score = area != NULL ? area_score : 0.0;
  self->body = body;
  self->line = line;
  self->body_line = body != NULL ? body_line : 0;
  self->end_line = end_line;

  return self;
}

void
_fazhi_section_set_source (FazhiSection  *self,
                           FazhiDocument *document,
                           gsize          norm_start,
                           gsize          norm_end)
{
  g_set_object (&self->source, document);
  self->source_start = norm_start;
  self->source_end = norm_end;
}

gboolean
_fazhi_section_get_source (FazhiSection  *self,
                           FazhiDocument *document,
                           gsize         *norm_start,
                           gsize         *norm_end)
{
  if (document == NULL || self->source != document)
    return FALSE;
  *norm_start = self->source_start;
  *norm_end = self->source_end;
  return TRUE;
}

gpointer
_fazhi_section_new_from_record (gpointer data)
{
  FazhiSectionRecord *record = data;
  FazhiSection       *self = g_object_new (FAZHI_TYPE_SECTION, NULL);

  /* The record was normalised when it was handed over (see
   * _fazhi_report_add_section_records): copied as it is. */
  self->heading = g_steal_pointer (&record->heading);
  self->level = record->level;
  self->run_in = !!record->run_in;
  self->part = g_strdup (record->part);
  self->area = g_strdup (record->area);
  self->area_score = record->area_score;
  self->body = g_steal_pointer (&record->body);
  self->line = record->line;
  self->body_line = record->body_line;
  self->end_line = record->end_line;
  if (record->source != NULL)
    {
      self->source = g_object_ref (record->source);
      self->source_start = record->source_start;
      self->source_end = record->source_end;
    }

  return self;
}
