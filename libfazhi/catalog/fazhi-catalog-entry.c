/* fazhi-catalog-entry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-catalog-private.h"
#include "fazhi-error.h"
#include "fazhi-util-private.h"

/**
 * FazhiCatalogEntry:
 *
 * One entry of a [class@Fazhi.Catalog]: an obligation area of an outline,
 * a part of the report, a duty of the principal leaders, a genre of
 * document or an indicator.
 *
 * Entries are immutable; they are made by loading a catalog. The
 * [property@Fazhi.CatalogEntry:keywords] are the phrases the reader looks
 * for when it decides whether a heading or a passage is about this entry.
 */
struct _FazhiCatalogEntry
{
  GObject parent_instance;

  char       *slug;
  char       *title;
  char       *title_en;
  char       *parent;
  char      **keywords;
  GHashTable *maps; /* catalog id → slug, or NULL for "no counterpart" */
  guint       ordinal;
  guint       depth;
  guint       required : 1;
};

G_DEFINE_FINAL_TYPE (FazhiCatalogEntry, fazhi_catalog_entry, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SLUG,
  PROP_ORDINAL,
  PROP_TITLE,
  PROP_TITLE_EN,
  PROP_KEYWORDS,
  PROP_REQUIRED,
  PROP_PARENT,
  PROP_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_catalog_entry_finalize (GObject *object)
{
  FazhiCatalogEntry *self = (FazhiCatalogEntry *) object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->title_en, g_free);
  g_clear_pointer (&self->parent, g_free);
  g_clear_pointer (&self->keywords, g_strfreev);
  g_clear_pointer (&self->maps, g_hash_table_unref);

  G_OBJECT_CLASS (fazhi_catalog_entry_parent_class)->finalize (object);
}

static void
fazhi_catalog_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FazhiCatalogEntry *self = FAZHI_CATALOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;
    case PROP_ORDINAL:
      g_value_set_uint (value, self->ordinal);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, self->title_en);
      break;
    case PROP_KEYWORDS:
      g_value_set_boxed (value, self->keywords);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    case PROP_PARENT:
      g_value_set_string (value, self->parent);
      break;
    case PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_catalog_entry_class_init (FazhiCatalogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_catalog_entry_finalize;
  object_class->get_property = fazhi_catalog_entry_get_property;

  /**
   * FazhiCatalogEntry:slug:
   *
   * The stable identifier of the entry, such as `functions`. The same
   * slug in two outlines names the same concern.
   */
  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:ordinal:
   *
   * The position of the entry among its siblings, starting at 1, as the
   * catalog's source numbers it.
   */
  properties[PROP_ORDINAL] =
    g_param_spec_uint ("ordinal", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:title:
   *
   * The Chinese title, as the source document words it.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:title-en:
   *
   * An English title, or %NULL.
   */
  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:keywords:
   *
   * Phrases that show a heading or passage is about this entry.
   */
  properties[PROP_KEYWORDS] =
    g_param_spec_boxed ("keywords", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:required:
   *
   * Whether a report is expected to cover this entry.
   */
  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:parent:
   *
   * The slug of the parent entry in hierarchical catalogs, or %NULL.
   */
  properties[PROP_PARENT] =
    g_param_spec_string ("parent", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiCatalogEntry:depth:
   *
   * 1 for top-level entries, 2 for their children, and so on.
   */
  properties[PROP_DEPTH] =
    g_param_spec_uint ("depth", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_catalog_entry_init (FazhiCatalogEntry *self)
{
  self->required = TRUE;
  self->depth = 1;
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || !(g_ascii_islower (*id) || g_ascii_isdigit (*id)))
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

gboolean
_fazhi_catalog_id_is_valid (const char *id)
{
  return is_valid_id (id);
}

FazhiCatalogEntry *
_fazhi_catalog_entry_new_from_json (const FazhiJsonScope *scope,
                                    JsonObject           *object,
                                    const char           *where,
                                    GError              **error)
{
  g_autoptr (FazhiCatalogEntry) self = g_object_new (FAZHI_TYPE_CATALOG_ENTRY, NULL);
  const char                   *slug = NULL;
  const char                   *title = NULL;
  const char                   *title_en = NULL;
  const char                   *parent = NULL;
  gint64                        ordinal = 0;
  gboolean                      required = TRUE;
  JsonObject                   *maps = NULL;

  if (!fazhi_json_get_string (scope, object, where, "slug", FAZHI_JSON_REQUIRED, &slug, error))
    return NULL;
  if (!is_valid_id (slug))
    {
      fazhi_json_set_error (scope, error, where, "slug",
                            "\"%s\" is not a valid slug (lower-case letters, digits and '-')", slug);
      return NULL;
    }

  /* From here on the message names the slug, which is what a catalog
   * author searches for in a long file. */
  {
    g_autofree char *named = g_strdup_printf ("%s (slug \"%s\")", where, slug);

    if (!fazhi_json_get_int (scope, object, named, "ordinal", FAZHI_JSON_REQUIRED, 1, G_MAXINT, &ordinal, error) ||
        !fazhi_json_get_string (scope, object, named, "title", FAZHI_JSON_REQUIRED | FAZHI_JSON_NON_EMPTY, &title, error) ||
        !fazhi_json_get_string (scope, object, named, "title_en", FAZHI_JSON_NULLABLE, &title_en, error) ||
        !fazhi_json_get_strv (scope, object, named, "keywords", FAZHI_JSON_NULLABLE, &self->keywords, error) ||
        !fazhi_json_get_bool (scope, object, named, "required", FAZHI_JSON_NULLABLE, &required, error) ||
        !fazhi_json_get_string (scope, object, named, "parent", FAZHI_JSON_NULLABLE, &parent, error) ||
        !fazhi_json_get_object (scope, object, named, "maps", FAZHI_JSON_NULLABLE, &maps, error))
      return NULL;

    if (parent != NULL && !is_valid_id (parent))
      {
        fazhi_json_set_error (scope, error, named, "parent", "\"%s\" is not a valid slug", parent);
        return NULL;
      }

    if (maps != NULL)
      {
        g_autoptr (GList) members = json_object_get_members (maps);

        self->maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        for (GList *l = members; l != NULL; l = l->next)
          {
            const char      *catalog_id = l->data;
            const char      *target = NULL;
            g_autofree char *maps_where = g_strdup_printf ("%s.maps", named);

            if (!is_valid_id (catalog_id))
              {
                fazhi_json_set_error (scope, error, maps_where, NULL,
                                      "\"%s\" is not a valid catalog id", catalog_id);
                return NULL;
              }
            if (!fazhi_json_get_string (scope, maps, maps_where, catalog_id, FAZHI_JSON_NULLABLE, &target, error))
              return NULL;
            if (target != NULL && !is_valid_id (target))
              {
                fazhi_json_set_error (scope, error, maps_where, catalog_id, "\"%s\" is not a valid slug", target);
                return NULL;
              }
            g_hash_table_insert (self->maps, g_strdup (catalog_id), g_strdup (target));
          }
      }
  }

  if (self->keywords == NULL)
    self->keywords = g_new0 (char *, 1);
  self->slug = g_strdup (slug);
  self->ordinal = (guint) ordinal;
  self->title = g_strdup (title);
  self->title_en = g_strdup (title_en);
  self->parent = g_strdup (parent);
  self->required = !!required;

  return g_steal_pointer (&self);
}

void
_fazhi_catalog_entry_write_json (FazhiCatalogEntry *self,
                                 JsonBuilder       *builder)
{
  json_builder_begin_object (builder);
  fazhi_json_add_string (builder, "slug", self->slug);
  json_builder_set_member_name (builder, "ordinal");
  json_builder_add_int_value (builder, self->ordinal);
  fazhi_json_add_string (builder, "title", self->title);
  fazhi_json_add_string (builder, "title_en", self->title_en);
  fazhi_json_add_strv (builder, "keywords", (const char * const *) self->keywords);
  json_builder_set_member_name (builder, "required");
  json_builder_add_boolean_value (builder, self->required);
  fazhi_json_add_string (builder, "parent", self->parent);
  if (self->maps != NULL && g_hash_table_size (self->maps) > 0)
    {
      g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (self->maps, NULL);

      _fazhi_strv_sort ((char **) ids);
      json_builder_set_member_name (builder, "maps");
      json_builder_begin_object (builder);
      for (guint i = 0; ids[i] != NULL; i++)
        fazhi_json_add_string (builder, ids[i], g_hash_table_lookup (self->maps, ids[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

void
_fazhi_catalog_entry_set_depth (FazhiCatalogEntry *self,
                                guint              depth)
{
  self->depth = depth;
}

/**
 * fazhi_catalog_entry_get_slug:
 * @self: a catalog entry
 *
 * Returns: the stable identifier of the entry
 */
const char *
fazhi_catalog_entry_get_slug (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), NULL);

  return self->slug;
}

/**
 * fazhi_catalog_entry_get_ordinal:
 * @self: a catalog entry
 *
 * Returns: the entry's number among its siblings, from 1
 */
guint
fazhi_catalog_entry_get_ordinal (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), 0);

  return self->ordinal;
}

/**
 * fazhi_catalog_entry_get_title:
 * @self: a catalog entry
 *
 * Returns: the Chinese title
 */
const char *
fazhi_catalog_entry_get_title (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), NULL);

  return self->title;
}

/**
 * fazhi_catalog_entry_get_title_en:
 * @self: a catalog entry
 *
 * Returns: (nullable): the English title
 */
const char *
fazhi_catalog_entry_get_title_en (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), NULL);

  return self->title_en;
}

/**
 * fazhi_catalog_entry_get_keywords:
 * @self: a catalog entry
 *
 * Returns: (transfer none) (array zero-terminated=1): the recognising phrases
 */
const char * const *
fazhi_catalog_entry_get_keywords (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), NULL);

  return (const char * const *) self->keywords;
}

/**
 * fazhi_catalog_entry_get_required:
 * @self: a catalog entry
 *
 * Returns: whether a report is expected to cover the entry
 */
gboolean
fazhi_catalog_entry_get_required (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), FALSE);

  return self->required;
}

/**
 * fazhi_catalog_entry_get_parent:
 * @self: a catalog entry
 *
 * Returns: (nullable): the slug of the parent entry
 */
const char *
fazhi_catalog_entry_get_parent (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), NULL);

  return self->parent;
}

/**
 * fazhi_catalog_entry_get_depth:
 * @self: a catalog entry
 *
 * Returns: 1 for a top-level entry, 2 for its children, and so on
 */
guint
fazhi_catalog_entry_get_depth (FazhiCatalogEntry *self)
{
  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), 0);

  return self->depth;
}

/**
 * fazhi_catalog_entry_lookup_mapping:
 * @self: a catalog entry
 * @catalog_id: the id of another catalog
 * @slug: (out) (optional) (nullable) (transfer none): the slug the entry
 *   maps to, or %NULL when the catalog says it has no counterpart
 *
 * Looks up the explicit mapping of this entry onto another catalog, as
 * the catalog file's `maps` object states it. Most entries have none: the
 * same slug names the same concern. Use [method@Fazhi.Catalog.map_entry]
 * to apply the full rule.
 *
 * Returns: %TRUE if the catalog file states a mapping for @catalog_id
 */
gboolean
fazhi_catalog_entry_lookup_mapping (FazhiCatalogEntry *self,
                                    const char        *catalog_id,
                                    const char       **slug)
{
  gpointer value = NULL;

  g_return_val_if_fail (FAZHI_IS_CATALOG_ENTRY (self), FALSE);
  g_return_val_if_fail (catalog_id != NULL, FALSE);

  if (slug != NULL)
    *slug = NULL;

  if (self->maps == NULL || !g_hash_table_lookup_extended (self->maps, catalog_id, NULL, &value))
    return FALSE;

  if (slug != NULL)
    *slug = value;
  return TRUE;
}
