/* fazhi-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-report.h"
#include "fazhi-item-list-private.h"
#include "fazhi-report-private.h"

/**
 * FazhiReport:
 *
 * An annual report on the rule of law, as the reader understood it.
 *
 * A report has a header (who wrote it, for which year, to whom, under
 * which framework), its [class@Fazhi.Section]s in document order, the
 * [class@Fazhi.Figure]s it states, the [class@Fazhi.Target]s it sets for
 * the next year and the [class@Fazhi.DutyEvidence] of its principal
 * leaders. Each collection is a [iface@Gio.ListModel], so Python and GJS
 * can iterate it directly and a user interface can bind to it.
 *
 * A report can be written to and read back from the report interchange
 * format, a JSON document described in the “Report interchange format”
 * page; see [method@Fazhi.Report.to_json] and
 * [ctor@Fazhi.Report.new_from_json]. Reading is strict: every value that
 * is present must have the right type and range, and a malformed file
 * fails with a %FAZHI_ERROR that names the file and the place, such as
 * `report.json: sections[3].level: expected an integer, found a string`.
 */
struct _FazhiReport
{
  GObject parent_instance;

  char          *agency;
  char          *addressee;
  char          *title;
  char          *framework;
  char          *source;
  char          *encoding;
  GDate         *date;
  FazhiDocument *document;

  FazhiItemList *sections; /* FazhiSection, document order */
  FazhiItemList *figures;  /* FazhiFigure */
  FazhiItemList *targets;  /* FazhiTarget */
  FazhiItemList *duties;   /* FazhiDutyEvidence */

  int              year;
  FazhiReportLevel level;
  guint            is_report : 1;
};

G_DEFINE_FINAL_TYPE (FazhiReport, fazhi_report, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_AGENCY,
  PROP_YEAR,
  PROP_DATE,
  PROP_ADDRESSEE,
  PROP_TITLE,
  PROP_FRAMEWORK,
  PROP_LEVEL,
  PROP_IS_REPORT,
  PROP_SOURCE,
  PROP_ENCODING,
  PROP_DOCUMENT,
  PROP_SECTIONS,
  PROP_FIGURES,
  PROP_TARGETS,
  PROP_DUTIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MAX_YEAR 9999

static void
fazhi_report_finalize (GObject *object)
{
  FazhiReport *self = (FazhiReport *) object;

  g_clear_pointer (&self->agency, g_free);
  g_clear_pointer (&self->addressee, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->framework, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->date, g_date_free);
  g_clear_object (&self->document);
  g_clear_object (&self->sections);
  g_clear_object (&self->figures);
  g_clear_object (&self->targets);
  g_clear_object (&self->duties);

  G_OBJECT_CLASS (fazhi_report_parent_class)->finalize (object);
}

static void
fazhi_report_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FazhiReport *self = FAZHI_REPORT (object);

  switch (prop_id)
    {
    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_ADDRESSEE:
      g_value_set_string (value, self->addressee);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FRAMEWORK:
      g_value_set_string (value, self->framework);
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;
    case PROP_IS_REPORT:
      g_value_set_boolean (value, self->is_report);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SECTIONS:
      g_value_set_object (value, self->sections);
      break;
    case PROP_FIGURES:
      g_value_set_object (value, self->figures);
      break;
    case PROP_TARGETS:
      g_value_set_object (value, self->targets);
      break;
    case PROP_DUTIES:
      g_value_set_object (value, self->duties);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_report_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FazhiReport *self = FAZHI_REPORT (object);

  switch (prop_id)
    {
    case PROP_AGENCY:
      fazhi_report_set_agency (self, g_value_get_string (value));
      break;
    case PROP_YEAR:
      fazhi_report_set_year (self, g_value_get_int (value));
      break;
    case PROP_DATE:
      fazhi_report_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_ADDRESSEE:
      fazhi_report_set_addressee (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      fazhi_report_set_title (self, g_value_get_string (value));
      break;
    case PROP_FRAMEWORK:
      fazhi_report_set_framework (self, g_value_get_string (value));
      break;
    case PROP_LEVEL:
      fazhi_report_set_level (self, g_value_get_enum (value));
      break;
    case PROP_IS_REPORT:
      fazhi_report_set_is_report (self, g_value_get_boolean (value));
      break;
    case PROP_SOURCE:
      fazhi_report_set_source (self, g_value_get_string (value));
      break;
    case PROP_ENCODING:
      fazhi_report_set_encoding (self, g_value_get_string (value));
      break;
    case PROP_DOCUMENT:
      fazhi_report_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_report_class_init (FazhiReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_report_finalize;
  object_class->get_property = fazhi_report_get_property;
  object_class->set_property = fazhi_report_set_property;

  /**
   * FazhiReport:agency:
   *
   * The agency that wrote the report (`北塘市临河区水务局`), or %NULL.
   */
  properties[PROP_AGENCY] =
    g_param_spec_string ("agency", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:year:
   *
   * The year reported on, or 0 when unknown.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, MAX_YEAR, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:date:
   *
   * The date the report was issued, or %NULL.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:addressee:
   *
   * To whom the report is addressed (`区委、区政府`), or %NULL.
   */
  properties[PROP_ADDRESSEE] =
    g_param_spec_string ("addressee", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:title:
   *
   * The title as written, or %NULL.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:framework:
   *
   * The id of the catalog whose obligation areas the report follows, such
   * as `outline-2015`, or %NULL.
   */
  properties[PROP_FRAMEWORK] =
    g_param_spec_string ("framework", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:level:
   *
   * Who wrote the report, which decides its deadlines.
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       FAZHI_TYPE_REPORT_LEVEL, FAZHI_REPORT_LEVEL_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:is-report:
   *
   * Whether the text is an annual rule-of-law report at all, rather than
   * some other document that was handed to the reader.
   */
  properties[PROP_IS_REPORT] =
    g_param_spec_boolean ("is-report", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:source:
   *
   * The name of the file the report was read from, or %NULL.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:encoding:
   *
   * The encoding the source file was written in (`UTF-8`, `GB18030`,
   * `UTF-16LE`, `UTF-16BE`), or %NULL.
   */
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:document:
   *
   * The text the report was read from, or %NULL.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, FAZHI_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:sections:
   *
   * The [class@Fazhi.Section]s in document order.
   */
  properties[PROP_SECTIONS] =
    g_param_spec_object ("sections", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:figures:
   *
   * The [class@Fazhi.Figure]s the report states.
   */
  properties[PROP_FIGURES] =
    g_param_spec_object ("figures", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:targets:
   *
   * The [class@Fazhi.Target]s the report sets for the next year.
   */
  properties[PROP_TARGETS] =
    g_param_spec_object ("targets", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiReport:duties:
   *
   * The [class@Fazhi.DutyEvidence] of the principal leaders.
   */
  properties[PROP_DUTIES] =
    g_param_spec_object ("duties", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* What each kind of record owns: the lists free these themselves, in
 * one loop (see _fazhi_item_list_new_with_strings). */
static const guint16 section_strings[] = {
  G_STRUCT_OFFSET (FazhiSectionRecord, heading),
  G_STRUCT_OFFSET (FazhiSectionRecord, body),
};
/* A figure record's subject lies in its text's block (see
 * _fazhi_figure_record_clear). */
static const guint16 figure_strings[] = {
  G_STRUCT_OFFSET (FazhiFigureRecord, text),
};
static const guint16 duty_strings[] = {
  G_STRUCT_OFFSET (FazhiDutyRecord, text),
};

static void
fazhi_report_init (FazhiReport *self)
{
  self->sections = _fazhi_item_list_new_with_strings (FAZHI_TYPE_SECTION, sizeof (FazhiSectionRecord),
                                                      _fazhi_section_new_from_record,
                                                      section_strings, G_N_ELEMENTS (section_strings));
  self->figures = _fazhi_item_list_new_with_strings (FAZHI_TYPE_FIGURE, sizeof (FazhiFigureRecord),
                                                     _fazhi_figure_new_from_record,
                                                     figure_strings, G_N_ELEMENTS (figure_strings));
  self->targets = _fazhi_item_list_new (FAZHI_TYPE_TARGET, 0, NULL, NULL);
  self->duties = _fazhi_item_list_new_with_strings (FAZHI_TYPE_DUTY_EVIDENCE, sizeof (FazhiDutyRecord),
                                                    _fazhi_duty_evidence_new_from_record,
                                                    duty_strings, G_N_ELEMENTS (duty_strings));
  self->level = FAZHI_REPORT_LEVEL_UNKNOWN;
}

/**
 * fazhi_report_new:
 *
 * Creates an empty report, to be filled in by a reader or by hand.
 *
 * Returns: (transfer full): a new report
 */
FazhiReport *
fazhi_report_new (void)
{
  return g_object_new (FAZHI_TYPE_REPORT, NULL);
}

/* ------------------------------------------------------------------ */
/* The interchange format                                              */
/* ------------------------------------------------------------------ */

void
_fazhi_report_json_add_number (JsonBuilder *builder,
                               const char  *member,
                               double       value)
{
  json_builder_set_member_name (builder, member);

  /* An integral double in the range of gint64 converts exactly. Beyond it
   * json-glib would write something that is not JSON (see the header), so
   * such a value is dropped like NaN rather than making the file unreadable. */
  if (isfinite (value) && value == floor (value))
    {
      if (value >= -9223372036854775808.0 && value < 9223372036854775808.0)
        json_builder_add_int_value (builder, (gint64) value);
      else
        json_builder_add_null_value (builder);
    }
  else if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* One element of "sections", "figures", "targets" or "duties", by the
 * item type of the store it goes to. */
static GObject *
item_new_from_json (GType                 type,
                    const FazhiJsonScope *scope,
                    JsonObject           *object,
                    const char           *where,
                    GError              **error)
{
  if (type == FAZHI_TYPE_SECTION)
    return G_OBJECT (_fazhi_section_new_from_json_object (scope, object, where, error));
  if (type == FAZHI_TYPE_FIGURE)
    return G_OBJECT (_fazhi_figure_new_from_json_object (scope, object, where, error));
  if (type == FAZHI_TYPE_TARGET)
    return G_OBJECT (_fazhi_target_new_from_json_object (scope, object, where, error));
  if (type == FAZHI_TYPE_DUTY_EVIDENCE)
    return G_OBJECT (_fazhi_duty_evidence_new_from_json_object (scope, object, where, error));

  g_assert_not_reached ();
}

static gboolean
read_items (const FazhiJsonScope *scope,
            JsonObject           *object,
            const char           *member,
            FazhiItemList        *store,
            GError              **error)
{
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

      item = item_new_from_json (g_list_model_get_item_type (G_LIST_MODEL (store)),
                                 scope, item_object, where, error);
      if (item == NULL)
        return FALSE;

      _fazhi_item_list_append (store, item);
    }

  return TRUE;
}

static FazhiReport *
report_new_from_node (JsonNode             *root,
                      const FazhiJsonScope *scope,
                      GError              **error)
{
  g_autoptr (FazhiReport) self = g_object_new (FAZHI_TYPE_REPORT, NULL);
  g_autoptr (GDate)       date = NULL;
  JsonObject             *object = NULL;
  const char             *file = NULL;
  const char             *encoding = NULL;
  const char             *title = NULL;
  const char             *agency = NULL;
  const char             *addressee = NULL;
  const char             *framework = NULL;
  const char             *text = NULL;
  gboolean                is_report = FALSE;
  gint64                  year = 0;
  int                     level = FAZHI_REPORT_LEVEL_UNKNOWN;

  if (!fazhi_json_as_object (scope, root, NULL, &object, error) ||
      !fazhi_json_check_format (scope, object, FAZHI_REPORT_FORMAT, error))
    return NULL;

  if (!fazhi_json_get_string (scope, object, NULL, "file", FAZHI_JSON_NULLABLE, &file, error) ||
      !fazhi_json_get_string (scope, object, NULL, "encoding", FAZHI_JSON_NULLABLE, &encoding, error) ||
      !fazhi_json_get_bool (scope, object, NULL, "is_report", FAZHI_JSON_NULLABLE, &is_report, error) ||
      !fazhi_json_get_string (scope, object, NULL, "title", FAZHI_JSON_NULLABLE, &title, error) ||
      !fazhi_json_get_string (scope, object, NULL, "agency", FAZHI_JSON_NULLABLE, &agency, error) ||
      !fazhi_json_get_string (scope, object, NULL, "addressee", FAZHI_JSON_NULLABLE, &addressee, error) ||
      !fazhi_json_get_int (scope, object, NULL, "year", FAZHI_JSON_NULLABLE, 0, MAX_YEAR, &year, error) ||
      !fazhi_json_get_date (scope, object, NULL, "date", FAZHI_JSON_NULLABLE, &date, error) ||
      !fazhi_json_get_enum (scope, object, NULL, "level", FAZHI_JSON_NULLABLE, FAZHI_TYPE_REPORT_LEVEL, &level, error) ||
      !fazhi_json_get_string (scope, object, NULL, "framework", FAZHI_JSON_NULLABLE, &framework, error) ||
      !read_items (scope, object, "sections", self->sections, error) ||
      !read_items (scope, object, "figures", self->figures, error) ||
      !read_items (scope, object, "targets", self->targets, error) ||
      !read_items (scope, object, "duties", self->duties, error) ||
      !fazhi_json_get_string (scope, object, NULL, "text", FAZHI_JSON_NULLABLE, &text, error))
    return NULL;

  if (text != NULL)
    {
      g_autoptr (GError) local_error = NULL;

      self->document = fazhi_document_new_from_text (text, -1, file, &local_error);
      if (self->document == NULL)
        {
          fazhi_json_set_error (scope, error, NULL, "text", "%s", local_error->message);
          return NULL;
        }
    }

  self->source = g_strdup (file);
  self->encoding = g_strdup (encoding);
  self->is_report = !!is_report;
  self->title = g_strdup (title);
  self->agency = g_strdup (agency);
  self->addressee = g_strdup (addressee);
  self->year = (int) year;
  self->date = g_steal_pointer (&date);
  self->level = level;
  self->framework = g_strdup (framework);

  return g_steal_pointer (&self);
}

/**
 * fazhi_report_new_from_json_node:
 * @node: the root of a report in the interchange format
 * @error: return location for a #GError
 *
 * Reads a report from parsed JSON; see
 * [ctor@Fazhi.Report.new_from_json]. Messages name the input `<json>`.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_report_new_from_json_node (JsonNode *node,
                                 GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return report_new_from_node (node, &scope, error);
}

/**
 * fazhi_report_new_from_json:
 * @json: a report in the interchange format
 * @length: the length of @json in bytes, or -1 if it is NUL-terminated
 * @error: return location for a #GError
 *
 * Reads a report written by [method@Fazhi.Report.to_json].
 *
 * The `format` key is required; a format newer than
 * %FAZHI_REPORT_FORMAT fails with %FAZHI_ERROR_UNSUPPORTED_FORMAT. Every
 * other key may be missing or null, which leaves the default, and keys
 * this library does not know are ignored; but a value that is present
 * must have the right type and range, or reading fails with
 * %FAZHI_ERROR_INVALID_REPORT and a message that names the place, such as
 * `<json>: sections[3].level: expected an integer, found a string`. Text
 * that is not JSON fails with %FAZHI_ERROR_INVALID_JSON.
 *
 * If the JSON holds the source text (see
 * %FAZHI_JSON_FLAGS_INCLUDE_TEXT), the report gets a
 * [class@Fazhi.Document] of it again.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_report_new_from_json (const char *json,
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

  return report_new_from_node (root, &scope, error);
}

/**
 * fazhi_report_new_from_json_file:
 * @path: (type filename): the path of a report in the interchange format
 * @error: return location for a #GError
 *
 * Reads a report file written by [method@Fazhi.Report.save_json]; see
 * [ctor@Fazhi.Report.new_from_json]. Messages name the file by @path. A
 * file that cannot be read fails with a %G_FILE_ERROR.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_report_new_from_json_file (const char *path,
                                 GError    **error)
{
  g_autofree char     *contents = NULL;
  g_autofree char     *display_name = NULL;
  g_autoptr (JsonNode) root = NULL;
  FazhiJsonScope       scope = { NULL, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  gsize                length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  /* Paths are in the file system's encoding; messages are UTF-8. */
  display_name = g_filename_display_name (path);
  scope.file = display_name;

  root = fazhi_json_parse (&scope, contents, length, error);
  if (root == NULL)
    return NULL;

  return report_new_from_node (root, &scope, error);
}

static JsonNode *
item_to_json_node (GObject *item)
{
  if (FAZHI_IS_SECTION (item))
    return fazhi_section_to_json_node (FAZHI_SECTION (item));
  if (FAZHI_IS_FIGURE (item))
    return fazhi_figure_to_json_node (FAZHI_FIGURE (item));
  if (FAZHI_IS_TARGET (item))
    return fazhi_target_to_json_node (FAZHI_TARGET (item));
  if (FAZHI_IS_DUTY_EVIDENCE (item))
    return fazhi_duty_evidence_to_json_node (FAZHI_DUTY_EVIDENCE (item));

  g_assert_not_reached ();
}

/* Items not made yet are written from their records: making objects only
 * to write them costs more than the writing. */
static JsonNode *
record_to_json_node (GType         type,
                     gconstpointer record)
{
  if (type == FAZHI_TYPE_SECTION)
    return _fazhi_section_record_to_json_node (record);
  if (type == FAZHI_TYPE_FIGURE)
    return _fazhi_figure_record_to_json_node (record);
  if (type == FAZHI_TYPE_DUTY_EVIDENCE)
    return _fazhi_duty_record_to_json_node (record);

  g_assert_not_reached ();
}

static void
add_items (JsonBuilder   *builder,
           const char    *member,
           FazhiItemList *store)
{
  GType type = g_list_model_get_item_type (G_LIST_MODEL (store));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      gconstpointer record = _fazhi_item_list_peek_record (store, i);

      /* The builder takes the node. */
      if (record != NULL)
        json_builder_add_value (builder, record_to_json_node (type, record));
      else
        json_builder_add_value (builder, item_to_json_node (_fazhi_item_list_peek (store, i)));
    }
  json_builder_end_array (builder);
}

/**
 * fazhi_report_to_json_node:
 * @self: a report
 * @flags: how to write the report; %FAZHI_JSON_FLAGS_PRETTY has no effect
 *   here
 *
 * Writes the report in the interchange format, version
 * %FAZHI_REPORT_FORMAT. Every key is present; absent values are null.
 *
 * Returns: (transfer full): the root of the JSON document
 */
JsonNode *
fazhi_report_to_json_node (FazhiReport   *self,
                           FazhiJsonFlags flags)
{
  g_autoptr (JsonBuilder) builder = NULL;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, FAZHI_REPORT_FORMAT);
  fazhi_json_add_string (builder, "file", self->source);
  fazhi_json_add_string (builder, "encoding", self->encoding);
  json_builder_set_member_name (builder, "is_report");
  json_builder_add_boolean_value (builder, self->is_report);
  fazhi_json_add_string (builder, "title", self->title);
  fazhi_json_add_string (builder, "agency", self->agency);
  fazhi_json_add_string (builder, "addressee", self->addressee);
  fazhi_json_add_uint_or_null (builder, "year", (guint64) MAX (self->year, 0));
  fazhi_json_add_date (builder, "date", self->date);
  fazhi_json_add_enum (builder, "level", FAZHI_TYPE_REPORT_LEVEL, self->level, FAZHI_REPORT_LEVEL_UNKNOWN);
  fazhi_json_add_string (builder, "framework", self->framework);

  add_items (builder, "sections", self->sections);
  add_items (builder, "figures", self->figures);
  add_items (builder, "targets", self->targets);
  add_items (builder, "duties", self->duties);

  if ((flags & FAZHI_JSON_FLAGS_INCLUDE_TEXT) && self->document != NULL)
    fazhi_json_add_string (builder, "text", fazhi_document_get_text (self->document, NULL));

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_report_to_json:
 * @self: a report
 * @flags: how to write the report
 *
 * Writes the report in the interchange format: compact JSON unless
 * @flags has %FAZHI_JSON_FLAGS_PRETTY, with the source text when it has
 * %FAZHI_JSON_FLAGS_INCLUDE_TEXT and the report has a
 * [property@Fazhi.Report:document]. [ctor@Fazhi.Report.new_from_json]
 * reads it back.
 *
 * Returns: (transfer full): the JSON text
 */
char *
fazhi_report_to_json (FazhiReport   *self,
                      FazhiJsonFlags flags)
{
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  root = fazhi_report_to_json_node (self, flags);
  return fazhi_json_to_string (root, (flags & FAZHI_JSON_FLAGS_PRETTY) != 0);
}

/**
 * fazhi_report_save_json:
 * @self: a report
 * @path: (type filename): the file to write
 * @flags: how to write the report
 * @error: return location for a #GError
 *
 * Writes the report to a file in the interchange format, as
 * [method@Fazhi.Report.to_json] does, followed by a line end. The file is
 * replaced atomically: readers see the old contents or the new, never a
 * mix.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
fazhi_report_save_json (FazhiReport   *self,
                        const char    *path,
                        FazhiJsonFlags flags,
                        GError       **error)
{
  g_autofree char *json = NULL;
  g_autofree char *contents = NULL;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  json = fazhi_report_to_json (self, flags);
  contents = g_strconcat (json, "\n", NULL);

  return g_file_set_contents (path, contents, -1, error);
}

/* ------------------------------------------------------------------ */
/* Header                                                              */
/* ------------------------------------------------------------------ */

static gboolean
replace_string (char      **field,
                const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/**
 * fazhi_report_get_agency:
 * @self: a report
 *
 * Returns: (nullable): the agency that wrote the report
 */
const char *
fazhi_report_get_agency (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->agency;
}

/**
 * fazhi_report_set_agency:
 * @self: a report
 * @agency: (nullable): the agency that wrote the report
 *
 * Sets [property@Fazhi.Report:agency].
 */
void
fazhi_report_set_agency (FazhiReport *self,
                         const char  *agency)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (replace_string (&self->agency, agency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY]);
}

/**
 * fazhi_report_get_year:
 * @self: a report
 *
 * Returns: the year reported on, or 0 when unknown
 */
int
fazhi_report_get_year (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), 0);

  return self->year;
}

/**
 * fazhi_report_set_year:
 * @self: a report
 * @year: the year reported on, from 1 to 9999, or 0 when unknown
 *
 * Sets [property@Fazhi.Report:year].
 */
void
fazhi_report_set_year (FazhiReport *self,
                       int          year)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (year >= 0 && year <= MAX_YEAR);

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * fazhi_report_get_date:
 * @self: a report
 *
 * Returns: (transfer none) (nullable): the date the report was issued
 */
const GDate *
fazhi_report_get_date (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->date;
}

/**
 * fazhi_report_set_date:
 * @self: a report
 * @date: (nullable): a valid date, or %NULL
 *
 * Sets [property@Fazhi.Report:date]; the date is copied.
 */
void
fazhi_report_set_date (FazhiReport *self,
                       const GDate *date)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  if (date == NULL && self->date == NULL)
    return;
  if (date != NULL && self->date != NULL && g_date_compare (date, self->date) == 0)
    return;

  g_clear_pointer (&self->date, g_date_free);
  if (date != NULL)
    self->date = g_date_copy (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * fazhi_report_set_date_dmy:
 * @self: a report
 * @day: the day of the month
 * @month: the month
 * @year: the year
 *
 * Sets [property@Fazhi.Report:date] from its parts, which must form a
 * valid date.
 */
void
fazhi_report_set_date_dmy (FazhiReport *self,
                           GDateDay     day,
                           GDateMonth   month,
                           GDateYear    year)
{
  GDate date;

  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (g_date_valid_dmy (day, month, year));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  fazhi_report_set_date (self, &date);
}

/**
 * fazhi_report_get_addressee:
 * @self: a report
 *
 * Returns: (nullable): to whom the report is addressed
 */
const char *
fazhi_report_get_addressee (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->addressee;
}

/**
 * fazhi_report_set_addressee:
 * @self: a report
 * @addressee: (nullable): to whom the report is addressed
 *
 * Sets [property@Fazhi.Report:addressee].
 */
void
fazhi_report_set_addressee (FazhiReport *self,
                            const char  *addressee)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (replace_string (&self->addressee, addressee))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESSEE]);
}

/**
 * fazhi_report_get_title:
 * @self: a report
 *
 * Returns: (nullable): the title as written
 */
const char *
fazhi_report_get_title (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * fazhi_report_set_title:
 * @self: a report
 * @title: (nullable): the title as written
 *
 * Sets [property@Fazhi.Report:title].
 */
void
fazhi_report_set_title (FazhiReport *self,
                        const char  *title)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * fazhi_report_get_framework:
 * @self: a report
 *
 * Returns: (nullable): the id of the catalog the report follows
 */
const char *
fazhi_report_get_framework (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->framework;
}

/**
 * fazhi_report_set_framework:
 * @self: a report
 * @framework: (nullable): a catalog id such as `outline-2015`
 *
 * Sets [property@Fazhi.Report:framework].
 */
void
fazhi_report_set_framework (FazhiReport *self,
                            const char  *framework)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (replace_string (&self->framework, framework))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAMEWORK]);
}

/**
 * fazhi_report_get_level:
 * @self: a report
 *
 * Returns: who wrote the report
 */
FazhiReportLevel
fazhi_report_get_level (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), FAZHI_REPORT_LEVEL_UNKNOWN);

  return self->level;
}

/**
 * fazhi_report_set_level:
 * @self: a report
 * @level: who wrote the report
 *
 * Sets [property@Fazhi.Report:level].
 */
void
fazhi_report_set_level (FazhiReport     *self,
                        FazhiReportLevel level)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * fazhi_report_get_is_report:
 * @self: a report
 *
 * Returns: whether the text is an annual rule-of-law report
 */
gboolean
fazhi_report_get_is_report (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), FALSE);

  return self->is_report;
}

/**
 * fazhi_report_set_is_report:
 * @self: a report
 * @is_report: whether the text is an annual rule-of-law report
 *
 * Sets [property@Fazhi.Report:is-report].
 */
void
fazhi_report_set_is_report (FazhiReport *self,
                            gboolean     is_report)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  is_report = !!is_report;
  if (self->is_report == (guint) is_report)
    return;

  self->is_report = is_report;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_REPORT]);
}

/**
 * fazhi_report_get_source:
 * @self: a report
 *
 * Returns: (nullable): the name of the file the report was read from
 */
const char *
fazhi_report_get_source (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->source;
}

/**
 * fazhi_report_set_source:
 * @self: a report
 * @source: (nullable): the name of the file the report was read from
 *
 * Sets [property@Fazhi.Report:source].
 */
void
fazhi_report_set_source (FazhiReport *self,
                         const char  *source)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (replace_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * fazhi_report_get_encoding:
 * @self: a report
 *
 * Returns: (nullable): the encoding the source file was written in
 */
const char *
fazhi_report_get_encoding (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->encoding;
}

/**
 * fazhi_report_set_encoding:
 * @self: a report
 * @encoding: (nullable): the encoding the source file was written in
 *
 * Sets [property@Fazhi.Report:encoding].
 */
void
fazhi_report_set_encoding (FazhiReport *self,
                           const char  *encoding)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));

  if (replace_string (&self->encoding, encoding))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);
}

/**
 * fazhi_report_get_document:
 * @self: a report
 *
 * Returns: (transfer none) (nullable): the text the report was read from
 */
FazhiDocument *
fazhi_report_get_document (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return self->document;
}

/**
 * fazhi_report_set_document:
 * @self: a report
 * @document: (nullable): the text the report was read from
 *
 * Sets [property@Fazhi.Report:document].
 */
void
fazhi_report_set_document (FazhiReport   *self,
                           FazhiDocument *document)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (document == NULL || FAZHI_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);

  /* A report built around a document was written in its encoding, unless
   * the caller already said otherwise. */
  if (document != NULL && self->encoding == NULL)
    fazhi_report_set_encoding (self, fazhi_document_get_encoding (document));
}

/* ------------------------------------------------------------------ */
/* Collections                                                         */
/* ------------------------------------------------------------------ */

/**
 * fazhi_report_get_sections:
 * @self: a report
 *
 * Gets the sections, a list of [class@Fazhi.Section] in document order.
 *
 * Returns: (transfer none): the sections
 */
GListModel *
fazhi_report_get_sections (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->sections);
}

/**
 * fazhi_report_get_figures:
 * @self: a report
 *
 * Gets the figures, a list of [class@Fazhi.Figure].
 *
 * Returns: (transfer none): the figures
 */
GListModel *
fazhi_report_get_figures (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->figures);
}

/**
 * fazhi_report_get_targets:
 * @self: a report
 *
 * Gets the targets, a list of [class@Fazhi.Target].
 *
 * Returns: (transfer none): the targets
 */
GListModel *
fazhi_report_get_targets (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->targets);
}

/**
 * fazhi_report_get_duties:
 * @self: a report
 *
 * Gets the duty evidence, a list of [class@Fazhi.DutyEvidence].
 *
 * Returns: (transfer none): the duty evidence
 */
GListModel *
fazhi_report_get_duties (FazhiReport *self)
{
  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->duties);
}

/**
 * fazhi_report_add_section:
 * @self: a report
 * @section: a section
 *
 * Appends a section; sections are expected in document order.
 */
void
fazhi_report_add_section (FazhiReport  *self,
                          FazhiSection *section)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (FAZHI_IS_SECTION (section));

  _fazhi_item_list_append (self->sections, section);
}

/**
 * fazhi_report_add_figure:
 * @self: a report
 * @figure: a figure
 *
 * Appends a figure.
 */
void
fazhi_report_add_figure (FazhiReport *self,
                         FazhiFigure *figure)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (FAZHI_IS_FIGURE (figure));

  _fazhi_item_list_append (self->figures, figure);
}

/**
 * fazhi_report_add_target:
 * @self: a report
 * @target: a target
 *
 * Appends a target.
 */
void
fazhi_report_add_target (FazhiReport *self,
                         FazhiTarget *target)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (FAZHI_IS_TARGET (target));

  _fazhi_item_list_append (self->targets, target);
}

/**
 * fazhi_report_add_duty_evidence:
 * @self: a report
 * @evidence: a piece of duty evidence
 *
 * Appends a piece of duty evidence.
 */
void
fazhi_report_add_duty_evidence (FazhiReport       *self,
                                FazhiDutyEvidence *evidence)
{
  g_return_if_fail (FAZHI_IS_REPORT (self));
  g_return_if_fail (FAZHI_IS_DUTY_EVIDENCE (evidence));

  _fazhi_item_list_append (self->duties, evidence);
}

/* ------------------------------------------------------------------ */
/* Structure                                                           */
/* ------------------------------------------------------------------ */

/* The store holds a reference for as long as the report lives, so a
 * borrowed pointer is safe for the length of one call. */
static FazhiSection *
peek_section (FazhiReport *self,
              guint        position)
{
  return _fazhi_item_list_peek (self->sections, position);
}

/* What the structure queries look at, from the record while the section
 * is not made: walking the sections must not make them all. The record
 * holds what the section would (see _fazhi_report_add_section_records).
 * The storage is fetched once per query, so that a step of a walk is no
 * call unless the section is made. */
typedef struct
{
  gpointer                 *items;
  const FazhiSectionRecord *records;
  guint                     n_records;
} Sections;

static Sections
sections_get (FazhiReport *self)
{
  Sections      sections;
  gconstpointer records;

  sections.items = _fazhi_item_list_get_storage (self->sections, &records, &sections.n_records);
  sections.records = records;
  return sections;
}

static inline const FazhiSectionRecord *
sections_record (const Sections *sections,
                 guint           position)
{
  return position < sections->n_records && sections->items[position] == NULL ? &sections->records[position] : NULL;
}

static inline const char *
section_part (const Sections *sections,
              guint           position)
{
  const FazhiSectionRecord *record = sections_record (sections, position);

  return record != NULL ? record->part : fazhi_section_get_part (sections->items[position]);
}

static inline const char *
section_area (const Sections *sections,
              guint           position)
{
  const FazhiSectionRecord *record = sections_record (sections, position);

  return record != NULL ? record->area : fazhi_section_get_area (sections->items[position]);
}

static inline guint
section_level (const Sections *sections,
               guint           position)
{
  const FazhiSectionRecord *record = sections_record (sections, position);

  return record != NULL ? record->level : fazhi_section_get_level (sections->items[position]);
}

static inline guint
section_line (const Sections *sections,
              guint           position)
{
  const FazhiSectionRecord *record = sections_record (sections, position);

  return record != NULL ? record->line : fazhi_section_get_line (sections->items[position]);
}

static inline guint
section_end_line (const Sections *sections,
                  guint           position)
{
  const FazhiSectionRecord *record = sections_record (sections, position);

  return record != NULL ? record->end_line : fazhi_section_get_end_line (sections->items[position]);
}

/**
 * fazhi_report_find_section:
 * @self: a report
 * @line: a 1-based source line
 *
 * Finds the innermost section that holds a line: of the sections whose
 * lines, from [property@Fazhi.Section:line] to
 * [property@Fazhi.Section:end-line], include @line, the deepest, and of
 * those the last. A section whose end line is unknown holds only its
 * heading's line; one whose line is unknown holds none.
 *
 * Returns: (transfer none) (nullable): the section, or %NULL if no
 *   section holds @line
 */
FazhiSection *
fazhi_report_find_section (FazhiReport *self,
                           guint        line)
{
  guint    found = G_MAXUINT;
  guint    found_level = 0;
  guint    n;
  Sections sections;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  if (line == 0)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  sections = sections_get (self);
  for (guint i = 0; i < n; i++)
    {
      guint first = section_line (&sections, i);
      guint last;
      guint level;

      if (first == 0 || line < first)
        continue;
      last = MAX (section_end_line (&sections, i), first);
      if (line > last)
        continue;
      level = section_level (&sections, i);
      if (found == G_MAXUINT || level >= found_level)
        {
          found = i;
          found_level = level;
        }
    }

  return found != G_MAXUINT ? peek_section (self, found) : NULL;
}

/* The position of the nearest earlier section with a smaller level, or
 * G_MAXUINT. */
static guint
find_parent (const Sections *sections,
             guint           position)
{
  guint level = section_level (sections, position);

  for (guint i = position; i > 0; i--)
    if (section_level (sections, i - 1) < level)
      return i - 1;

  return G_MAXUINT;
}

/**
 * fazhi_report_find_part:
 * @self: a report
 * @part: the slug of a part, such as `shortcomings`
 *
 * Finds the heading of a part of the report: the first section whose
 * [property@Fazhi.Section:part] is @part and whose parent section is not
 * in the same part.
 *
 * Returns: (transfer none) (nullable): the section, or %NULL if the
 *   report has no such part
 */
FazhiSection *
fazhi_report_find_part (FazhiReport *self,
                        const char  *part)
{
  guint    n;
  Sections sections;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  sections = sections_get (self);
  for (guint i = 0; i < n; i++)
    {
      guint parent;

      if (g_strcmp0 (section_part (&sections, i), part) != 0)
        continue;

      parent = find_parent (&sections, i);
      if (parent == G_MAXUINT || g_strcmp0 (section_part (&sections, parent), part) != 0)
        return peek_section (self, i);
    }

  return NULL;
}

/**
 * fazhi_report_dup_items:
 * @self: a report
 * @parent: (nullable): a section of @self, or %NULL for the top level
 *
 * Lists the direct children of a section: of the sections that follow
 * @parent up to the next one of its level or shallower, those of the
 * smallest level found among them. Numbered items inside a paragraph
 * count, so `一是……二是……` under a heading are its items even when they
 * sit two levels deeper.
 *
 * With @parent %NULL, lists the top-level sections: those of the smallest
 * level in the report.
 *
 * Returns: (transfer full): a new list of [class@Fazhi.Section]
 */
GListModel *
fazhi_report_dup_items (FazhiReport  *self,
                        FazhiSection *parent)
{
  g_autoptr (GListStore) store = NULL;
  guint                  n;
  Sections               sections;
  guint                  start = 0;
  guint                  end;
  guint                  min_level = G_MAXUINT;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);
  g_return_val_if_fail (parent == NULL || FAZHI_IS_SECTION (parent), NULL);

  store = g_list_store_new (FAZHI_TYPE_SECTION);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  sections = sections_get (self);
  end = n;

  if (parent != NULL)
    {
      guint position;
      guint parent_level = fazhi_section_get_level (parent);

      if (!_fazhi_item_list_find (self->sections, parent, &position))
        {
          g_critical ("%s: the section is not part of this report", G_STRFUNC);
          return G_LIST_MODEL (g_steal_pointer (&store));
        }

      start = position + 1;
      for (end = start; end < n; end++)
        if (section_level (&sections, end) <= parent_level)
          break;
    }

  for (guint i = start; i < end; i++)
    min_level = MIN (min_level, section_level (&sections, i));

  for (guint i = start; i < end; i++)
    if (section_level (&sections, i) == min_level)
      g_list_store_append (store, peek_section (self, i));

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * fazhi_report_dup_parts:
 * @self: a report
 *
 * Lists the parts the report has, each once, in the order they first
 * appear.
 *
 * Returns: (transfer full) (array zero-terminated=1): the slugs of the
 *   parts
 */
char **
fazhi_report_dup_parts (FazhiReport *self)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_autoptr (GHashTable)   seen = NULL;
  guint                    n;
  Sections                 sections;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  sections = sections_get (self);
  for (guint i = 0; i < n; i++)
    {
      const char *part = section_part (&sections, i);

      if (part != NULL && g_hash_table_add (seen, (gpointer) part))
        g_strv_builder_add (builder, part);
    }

  return g_strv_builder_end (builder);
}

/**
 * fazhi_report_dup_areas:
 * @self: a report
 *
 * Lists the obligation areas the measures part covers, in document
 * order: one entry for each measures section that has an area, so an area
 * that several sections cover appears several times. (Items of the
 * shortcomings and plans parts may have areas too, saying what they are
 * about; they are not listed here.)
 *
 * Returns: (transfer full) (array zero-terminated=1): the slugs of the
 *   areas
 */
char **
fazhi_report_dup_areas (FazhiReport *self)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  guint                    n;
  Sections                 sections;

  g_return_val_if_fail (FAZHI_IS_REPORT (self), NULL);

  builder = g_strv_builder_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  sections = sections_get (self);
  for (guint i = 0; i < n; i++)
    {
      const char *area = section_area (&sections, i);

      /* Shortcomings and plans items have areas too; the areas a report
       * covers are those of its measures. */
      if (area != NULL && g_strcmp0 (section_part (&sections, i), "measures") == 0)
        g_strv_builder_add (builder, area);
    }

  return g_strv_builder_end (builder);
}

void
_fazhi_report_add_figure_records (FazhiReport *self,
                                  GArray      *records)
{
  /* The list owns what the records pointed at now. */
  _fazhi_item_list_take_records (self->figures, records);
}

void
_fazhi_report_add_duty_records (FazhiReport *self,
                                GArray      *records)
{
  _fazhi_item_list_take_records (self->duties, records);
}

/* The list's copy of a catalog's slug, looked up once for a run of
 * sections that share it (the reader hands the same pointer again and
 * again). */
static const char *
intern_slug (FazhiItemList *list,
             const char    *slug,
             const char   **last_slug,
             const char   **last_copy)
{
  if (slug == NULL)
    return NULL;
  if (slug != *last_slug)
    {
      *last_slug = slug;
      *last_copy = _fazhi_item_list_intern (list, slug);
    }
  return *last_copy;
}

void
_fazhi_report_add_section_records (FazhiReport *self,
                                   GArray      *records)
{
  const char *last_part = NULL;
  const char *part_copy = NULL;
  const char *last_area = NULL;
  const char *area_copy = NULL;
  gpointer    last_source = NULL;

  for (guint i = 0; i < records->len; i++)
    {
      FazhiSectionRecord *record = &g_array_index (records, FazhiSectionRecord, i);

      /* As _fazhi_section_new_full() would have made the section, so
       * that what is read from the record is what the section says. */
      record->level = MAX (record->level, 1);
      record->run_in = !!record->run_in;
      record->part = intern_slug (self->sections, record->part, &last_part, &part_copy);
      record->area = intern_slug (self->sections, record->area, &last_area, &area_copy);
      if (record->area == NULL)
        record->area_score = 0.0;
      if (record->body == NULL)
        {
          record->body_line = 0;
          record->source = NULL;
        }
      if (record->source != NULL && record->source != last_source)
        {
          _fazhi_item_list_hold (self->sections, record->source);
          last_source = record->source;
        }
    }
  /* The list owns what the records pointed at now. */
  _fazhi_item_list_take_records (self->sections, records);
}
