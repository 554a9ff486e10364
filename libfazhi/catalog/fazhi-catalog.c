/* fazhi-catalog.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fazhi-catalog-private.h"
#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-resources.h"
#include "fazhi-util-private.h"

#define CATALOG_RESOURCE_DIR "/org/fazhi/libfazhi/catalogs/"
#define CATALOG_FORMAT       1

/**
 * FazhiCatalog:
 *
 * A versioned list of entries: the obligation areas of an outline, the
 * parts of a report, the duties of the principal leaders, or an indicator
 * system.
 *
 * Catalogs are data, not code. The built-in ones (`outline-2015`,
 * `outline-2021`, `parts`, `duties-2016`, `genres`) are compiled into the
 * library and returned by [func@Fazhi.Catalog.get_builtin]; a user's own
 * catalog — a province's outline, the demonstration indicator system — is
 * loaded with [ctor@Fazhi.Catalog.new_from_file] and validated in full.
 * The file format is described in the “Catalog file format” page.
 *
 * A catalog is a [iface@Gio.ListModel] of [class@Fazhi.CatalogEntry] in
 * file order, so it can be iterated directly from Python and GJS.
 */
struct _FazhiCatalog
{
  GObject parent_instance;

  char            *id;
  char            *title;
  char            *title_en;
  char            *source;
  GPtrArray       *entries; /* FazhiCatalogEntry, file order */
  GHashTable      *by_slug; /* slug → FazhiCatalogEntry (borrowed) */
  FazhiCatalogKind kind;
  int              first_year;
  int              last_year;
};

static void list_model_iface_init (GListModelInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (FazhiCatalog, fazhi_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))
/* clang-format on */

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_TITLE_EN,
  PROP_SOURCE,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
list_model_get_item_type (GListModel *model)
{
  return FAZHI_TYPE_CATALOG_ENTRY;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return FAZHI_CATALOG (model)->entries->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  FazhiCatalog *self = FAZHI_CATALOG (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
fazhi_catalog_finalize (GObject *object)
{
  FazhiCatalog *self = (FazhiCatalog *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->title_en, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->by_slug, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (fazhi_catalog_parent_class)->finalize (object);
}

static void
fazhi_catalog_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FazhiCatalog *self = FAZHI_CATALOG (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, self->title_en);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_FIRST_YEAR:
      g_value_set_int (value, self->first_year);
      break;
    case PROP_LAST_YEAR:
      g_value_set_int (value, self->last_year);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->entries->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_catalog_class_init (FazhiCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_catalog_finalize;
  object_class->get_property = fazhi_catalog_get_property;

  /**
   * FazhiCatalog:id:
   *
   * The catalog's identifier, such as `outline-2015`.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:kind:
   *
   * What the entries are.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FAZHI_TYPE_CATALOG_KIND, FAZHI_CATALOG_KIND_OUTLINE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:title:
   *
   * The Chinese title of the source document.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:title-en:
   *
   * An English title, or %NULL.
   */
  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:source:
   *
   * Who issued the source document and when, or %NULL.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:first-year:
   *
   * The first report year the catalog governs, or 0 when open.
   */
  properties[PROP_FIRST_YEAR] =
    g_param_spec_int ("first-year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:last-year:
   *
   * The last report year the catalog governs, or 0 when open.
   */
  properties[PROP_LAST_YEAR] =
    g_param_spec_int ("last-year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalog:n-items:
   *
   * The number of entries.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_catalog_init (FazhiCatalog *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_slug = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Parents must exist and must not form a loop; depth follows from them. */
static gboolean
resolve_hierarchy (FazhiCatalog         *self,
                   const FazhiJsonScope *scope,
                   GError              **error)
{
  g_autoptr (GHashTable) ordinals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      FazhiCatalogEntry *entry = g_ptr_array_index (self->entries, i);
      const char        *parent = fazhi_catalog_entry_get_parent (entry);
      g_autofree char   *where = g_strdup_printf ("entries[%u] (slug \"%s\")", i, fazhi_catalog_entry_get_slug (entry));
      g_autofree char   *ordinal_key = NULL;
      guint              depth = 1;

      for (const char *up = parent; up != NULL; depth++)
        {
          FazhiCatalogEntry *ancestor = g_hash_table_lookup (self->by_slug, up);

          if (ancestor == NULL)
            {
              fazhi_json_set_error (scope, error, where, "parent", "no entry has the slug \"%s\"", up);
              return FALSE;
            }
          if (ancestor == entry || depth > self->entries->len)
            {
              fazhi_json_set_error (scope, error, where, "parent", "parents form a loop through \"%s\"", up);
              return FALSE;
            }
          up = fazhi_catalog_entry_get_parent (ancestor);
        }
      _fazhi_catalog_entry_set_depth (entry, depth);

      ordinal_key = g_strdup_printf ("%s/%u", parent ? parent : "", fazhi_catalog_entry_get_ordinal (entry));
      if (!g_hash_table_add (ordinals, g_steal_pointer (&ordinal_key)))
        {
          fazhi_json_set_error (scope, error, where, "ordinal",
                                "ordinal %u is used twice among the entries with the same parent",
                                fazhi_catalog_entry_get_ordinal (entry));
          return FALSE;
        }
    }

  return TRUE;
}

static FazhiCatalog *
catalog_new_from_node (JsonNode             *root,
                       const FazhiJsonScope *scope,
                       GError              **error)
{
  g_autoptr (FazhiCatalog) self = g_object_new (FAZHI_TYPE_CATALOG, NULL);
  JsonObject              *object = NULL;
  JsonArray               *entries = NULL;
  JsonArray               *years = NULL;
  const char              *id = NULL;
  const char              *title = NULL;
  const char              *title_en = NULL;
  const char              *source = NULL;
  int                      kind = FAZHI_CATALOG_KIND_OUTLINE;

  if (!fazhi_json_as_object (scope, root, NULL, &object, error) ||
      !fazhi_json_check_format (scope, object, CATALOG_FORMAT, error) ||
      !fazhi_json_get_string (scope, object, NULL, "id", FAZHI_JSON_REQUIRED, &id, error))
    return NULL;

  if (!_fazhi_catalog_id_is_valid (id))
    {
      fazhi_json_set_error (scope, error, NULL, "id",
                            "\"%s\" is not a valid catalog id (lower-case letters, digits and '-')", id);
      return NULL;
    }

  if (!fazhi_json_get_enum (scope, object, NULL, "kind", FAZHI_JSON_REQUIRED, FAZHI_TYPE_CATALOG_KIND, &kind, error) ||
      !fazhi_json_get_string (scope, object, NULL, "title", FAZHI_JSON_REQUIRED | FAZHI_JSON_NON_EMPTY, &title, error) ||
      !fazhi_json_get_string (scope, object, NULL, "title_en", FAZHI_JSON_NULLABLE, &title_en, error) ||
      !fazhi_json_get_string (scope, object, NULL, "source", FAZHI_JSON_NULLABLE, &source, error) ||
      !fazhi_json_get_array (scope, object, NULL, "years", FAZHI_JSON_NULLABLE, &years, error) ||
      !fazhi_json_get_array (scope, object, NULL, "entries", FAZHI_JSON_REQUIRED | FAZHI_JSON_NON_EMPTY, &entries, error))
    return NULL;

  if (years != NULL)
    {
      int bounds[2] = { 0, 0 };

      if (json_array_get_length (years) != 2)
        {
          fazhi_json_set_error (scope, error, NULL, "years", "expected [first, last], found %u values",
                                json_array_get_length (years));
          return NULL;
        }
      for (guint i = 0; i < 2; i++)
        {
          JsonNode *node = json_array_get_element (years, i);

          if (JSON_NODE_HOLDS_NULL (node))
            continue;
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
              json_node_get_int (node) < 1949 || json_node_get_int (node) > 9999)
            {
              fazhi_json_set_error (scope, error, NULL, i == 0 ? "years[0]" : "years[1]",
                                    "expected a year (1949–9999) or null");
              return NULL;
            }
          bounds[i] = (int) json_node_get_int (node);
        }
      if (bounds[0] != 0 && bounds[1] != 0 && bounds[0] > bounds[1])
        {
          fazhi_json_set_error (scope, error, NULL, "years", "the first year %d is after the last year %d",
                                bounds[0], bounds[1]);
          return NULL;
        }
      self->first_year = bounds[0];
      self->last_year = bounds[1];
    }

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      g_autofree char   *where = g_strdup_printf ("entries[%u]", i);
      JsonObject        *entry_object = NULL;
      FazhiCatalogEntry *entry;

      if (!fazhi_json_as_object (scope, json_array_get_element (entries, i), where, &entry_object, error))
        return NULL;

      entry = _fazhi_catalog_entry_new_from_json (scope, entry_object, where, error);
      if (entry == NULL)
        return NULL;
      g_ptr_array_add (self->entries, entry);

      if (!g_hash_table_insert (self->by_slug, (gpointer) fazhi_catalog_entry_get_slug (entry), entry))
        {
          g_autofree char *named = g_strdup_printf ("%s (slug \"%s\")", where, fazhi_catalog_entry_get_slug (entry));

          fazhi_json_set_error (scope, error, named, "slug", "the slug is used by an earlier entry");
          return NULL;
        }
    }

  if (!resolve_hierarchy (self, scope, error))
    return NULL;

  self->id = g_strdup (id);
  self->kind = kind;
  self->title = g_strdup (title);
  self->title_en = g_strdup (title_en);
  self->source = g_strdup (source);

  return g_steal_pointer (&self);
}

/**
 * fazhi_catalog_new_from_bytes:
 * @bytes: the catalog file's contents (JSON)
 * @name: (nullable): the name to use in error messages, usually the path
 * @error: return location for a #GError
 *
 * Loads and validates a catalog. Any problem — malformed JSON, a missing
 * or mistyped key, a duplicate slug, a parent that does not exist —
 * fails with a %FAZHI_ERROR whose message names @name and the offending
 * entry.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set
 */
FazhiCatalog *
fazhi_catalog_new_from_bytes (GBytes     *bytes,
                              const char *name,
                              GError    **error)
{
  FazhiJsonScope       scope = { name ? name : "<catalog>", FAZHI_ERROR, FAZHI_ERROR_INVALID_CATALOG };
  g_autoptr (JsonNode) root = NULL;
  gsize                length = 0;
  const char          *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  root = fazhi_json_parse (&scope, data ? data : "", length, error);
  if (root == NULL)
    return NULL;

  return catalog_new_from_node (root, &scope, error);
}

/**
 * fazhi_catalog_new_from_file:
 * @path: (type filename): the path of a catalog file
 * @error: return location for a #GError
 *
 * Loads and validates a catalog file; see
 * [ctor@Fazhi.Catalog.new_from_bytes].
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set
 */
FazhiCatalog *
fazhi_catalog_new_from_file (const char *path,
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
  return fazhi_catalog_new_from_bytes (bytes, path, error);
}

G_LOCK_DEFINE_STATIC (builtin);
static GHashTable *builtin_catalogs;

/**
 * fazhi_catalog_list_builtin:
 *
 * Lists the ids of the catalogs compiled into the library, sorted.
 *
 * Returns: (transfer full): the ids
 */
char **
fazhi_catalog_list_builtin (void)
{
  g_auto (GStrv)           children = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  char                   **result;

  children = g_resources_enumerate_children (CATALOG_RESOURCE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      {
        g_autofree char *id = g_strndup (children[i], strlen (children[i]) - strlen (".json"));
        g_strv_builder_add (builder, id);
      }

  result = g_strv_builder_end (builder);
  _fazhi_strv_sort (result);
  return result;
}

/**
 * fazhi_catalog_get_builtin:
 * @id: a catalog id such as `outline-2015`
 *
 * Gets a catalog compiled into the library. The catalog is loaded once
 * and shared; it is immutable and safe to use from any thread.
 *
 * Returns: (transfer none) (nullable): the catalog, or %NULL if no
 *   built-in catalog has that id
 */
FazhiCatalog *
fazhi_catalog_get_builtin (const char *id)
{
  FazhiCatalog *catalog;

  g_return_val_if_fail (id != NULL, NULL);

  G_LOCK (builtin);

  if (builtin_catalogs == NULL)
    builtin_catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  catalog = g_hash_table_lookup (builtin_catalogs, id);
  if (catalog == NULL && _fazhi_catalog_id_is_valid (id))
    {
      g_autofree char   *path = g_strconcat (CATALOG_RESOURCE_DIR, id, ".json", NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      if (bytes != NULL)
        {
          g_autoptr (GError) error = NULL;

          catalog = fazhi_catalog_new_from_bytes (bytes, path, &error);
          /* The built-in files are validated by the test suite; a failure here
           * is a packaging bug, not bad input. */
          if (catalog == NULL)
            g_critical ("Built-in catalog is invalid: %s", error->message);
          else
            g_hash_table_insert (builtin_catalogs, g_strdup (id), catalog);
        }
    }

  G_UNLOCK (builtin);

  return catalog;
}

/**
 * fazhi_catalog_to_json:
 * @self: a catalog
 * @pretty: whether to indent the output for people to read
 *
 * Writes the catalog in the catalog file format, so that a built-in
 * catalog can be saved, edited into a local one and loaded back with
 * [ctor@Fazhi.Catalog.new_from_file].
 *
 * Returns: (transfer full): the JSON text
 */
char *
fazhi_catalog_to_json (FazhiCatalog *self,
                       gboolean      pretty)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode)    root = NULL;

  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, CATALOG_FORMAT);
  fazhi_json_add_string (builder, "id", self->id);
  fazhi_json_add_enum (builder, "kind", FAZHI_TYPE_CATALOG_KIND, self->kind, -1);
  fazhi_json_add_string (builder, "title", self->title);
  fazhi_json_add_string (builder, "title_en", self->title_en);
  fazhi_json_add_string (builder, "source", self->source);
  json_builder_set_member_name (builder, "years");
  json_builder_begin_array (builder);
  for (guint i = 0; i < 2; i++)
    {
      int year = i == 0 ? self->first_year : self->last_year;

      if (year != 0)
        json_builder_add_int_value (builder, year);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->entries->len; i++)
    _fazhi_catalog_entry_write_json (g_ptr_array_index (self->entries, i), builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return fazhi_json_to_string (root, pretty);
}

/**
 * fazhi_catalog_get_id:
 * @self: a catalog
 *
 * Returns: the catalog's id
 */
const char *
fazhi_catalog_get_id (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  return self->id;
}

/**
 * fazhi_catalog_get_kind:
 * @self: a catalog
 *
 * Returns: what the entries are
 */
FazhiCatalogKind
fazhi_catalog_get_kind (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), 0);

  return self->kind;
}

/**
 * fazhi_catalog_get_title:
 * @self: a catalog
 *
 * Returns: the Chinese title of the source document
 */
const char *
fazhi_catalog_get_title (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  return self->title;
}

/**
 * fazhi_catalog_get_title_en:
 * @self: a catalog
 *
 * Returns: (nullable): the English title
 */
const char *
fazhi_catalog_get_title_en (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  return self->title_en;
}

/**
 * fazhi_catalog_get_source:
 * @self: a catalog
 *
 * Returns: (nullable): who issued the source document and when
 */
const char *
fazhi_catalog_get_source (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  return self->source;
}

/**
 * fazhi_catalog_get_first_year:
 * @self: a catalog
 *
 * Returns: the first report year the catalog governs, or 0 when open
 */
int
fazhi_catalog_get_first_year (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), 0);

  return self->first_year;
}

/**
 * fazhi_catalog_get_last_year:
 * @self: a catalog
 *
 * Returns: the last report year the catalog governs, or 0 when open
 */
int
fazhi_catalog_get_last_year (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), 0);

  return self->last_year;
}

/**
 * fazhi_catalog_covers_year:
 * @self: a catalog
 * @year: a report year (the year reported on)
 *
 * Returns: whether reports on @year follow this catalog, judged by its
 *   `years` bounds; a catalog without bounds covers every year
 */
gboolean
fazhi_catalog_covers_year (FazhiCatalog *self,
                           int           year)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), FALSE);

  return (self->first_year == 0 || year >= self->first_year) &&
         (self->last_year == 0 || year <= self->last_year);
}

/**
 * fazhi_catalog_get_n_entries:
 * @self: a catalog
 *
 * Returns: the number of entries
 */
guint
fazhi_catalog_get_n_entries (FazhiCatalog *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), 0);

  return self->entries->len;
}

/**
 * fazhi_catalog_get_entry:
 * @self: a catalog
 * @position: the index of the entry, from 0
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL when
 *   @position is out of range
 */
FazhiCatalogEntry *
fazhi_catalog_get_entry (FazhiCatalog *self,
                         guint         position)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  if (position >= self->entries->len)
    return NULL;

  return g_ptr_array_index (self->entries, position);
}

/**
 * fazhi_catalog_lookup_entry:
 * @self: a catalog
 * @slug: an entry's slug
 *
 * Returns: (transfer none) (nullable): the entry with that slug
 */
FazhiCatalogEntry *
fazhi_catalog_lookup_entry (FazhiCatalog *self,
                            const char   *slug)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  return g_hash_table_lookup (self->by_slug, slug);
}

/**
 * fazhi_catalog_map_entry:
 * @self: the catalog @slug belongs to
 * @slug: an entry's slug in @self
 * @target: another catalog, such as the next outline
 *
 * Maps an entry onto another catalog. An explicit mapping in either
 * catalog's file wins (`capacity` of `outline-2015` maps onto `leadership`
 * of `outline-2021`; an explicit `null` means there is no counterpart);
 * otherwise the entry with the same slug in @target, if any, is the
 * counterpart.
 *
 * Returns: (transfer none) (nullable): the counterpart in @target
 */
FazhiCatalogEntry *
fazhi_catalog_map_entry (FazhiCatalog *self,
                         const char   *slug,
                         FazhiCatalog *target)
{
  FazhiCatalogEntry *entry;
  const char        *mapped = NULL;

  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);
  g_return_val_if_fail (FAZHI_IS_CATALOG (target), NULL);

  entry = fazhi_catalog_lookup_entry (self, slug);
  if (entry == NULL)
    return NULL;

  if (target == self)
    return entry;

  if (fazhi_catalog_entry_lookup_mapping (entry, target->id, &mapped))
    return mapped != NULL ? fazhi_catalog_lookup_entry (target, mapped) : NULL;

  /* The target may state the mapping from its side (leadership → organization
   * read backwards gives organization → leadership). */
  for (guint i = 0; i < target->entries->len; i++)
    {
      FazhiCatalogEntry *candidate = g_ptr_array_index (target->entries, i);

      if (fazhi_catalog_entry_lookup_mapping (candidate, self->id, &mapped) && g_strcmp0 (mapped, slug) == 0)
        return candidate;
    }

  return fazhi_catalog_lookup_entry (target, slug);
}

/**
 * fazhi_catalog_dup_children:
 * @self: a catalog
 * @parent_slug: (nullable): the slug of a parent entry, or %NULL for the
 *   top-level entries
 *
 * Lists the direct children of an entry, in file order; for flat
 * catalogs, `fazhi_catalog_dup_children (catalog, NULL)` lists every entry.
 *
 * Returns: (transfer full): a list of [class@Fazhi.CatalogEntry]
 */
GListModel *
fazhi_catalog_dup_children (FazhiCatalog *self,
                            const char   *parent_slug)
{
  GListStore *store;

  g_return_val_if_fail (FAZHI_IS_CATALOG (self), NULL);

  store = g_list_store_new (FAZHI_TYPE_CATALOG_ENTRY);
  for (guint i = 0; i < self->entries->len; i++)
    {
      FazhiCatalogEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (fazhi_catalog_entry_get_parent (entry), parent_slug) == 0)
        g_list_store_append (store, entry);
    }

  return G_LIST_MODEL (store);
}
