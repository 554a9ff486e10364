/* fazhi-item-list.c: the report's lists, made on demand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "fazhi-item-list-private.h"

/* List -------------------------------------------------------------- */

struct _FazhiItemList
{
  GObject parent_instance;

  GType      item_type;
  GPtrArray *items; /* the objects, NULL until made */
  /* Parallel to items, up to the last item made from a record: items
   * appended as objects after it have none. Not a GArray, so that the
   * reader's array can be taken over without a copy (g_array_steal). */
  char                *records;
  guint                n_records;
  guint                records_capacity;
  gsize                record_size;
  FazhiItemMaterialize materialize;
  GDestroyNotify       clear_record;
  const guint16       *string_offsets; /* instead of clear_record */
  guint                n_string_offsets;
  guint                n_made; /* items that are not NULL */
  GPtrArray           *held;
  GPtrArray           *interned; /* pairs: a caller's string, the list's copy */
};

static void list_model_iface_init (GListModelInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (FazhiItemList, fazhi_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))
/* clang-format on */

/* A record's strings. Records of made items are cleared already, so
 * every record can go through here. */
static void
clear_strings (FazhiItemList *self)
{
  char          *record = self->records;
  char          *end = record + self->n_records * self->record_size;
  const guint16 *offsets = self->string_offsets;
  guint          n_offsets = self->n_string_offsets;

  for (; record < end; record += self->record_size)
    for (guint k = 0; k < n_offsets; k++)
      g_free (*(char **) (gpointer) (record + offsets[k]));
}

static void
fazhi_item_list_finalize (GObject *object)
{
  FazhiItemList *self = (FazhiItemList *) object;

  if (self->n_string_offsets > 0)
    clear_strings (self);
  else if (self->clear_record != NULL)
    for (guint i = 0; i < self->n_records; i++)
      if (g_ptr_array_index (self->items, i) == NULL)
        self->clear_record (self->records + i * self->record_size);
  g_clear_pointer (&self->records, g_free);
  /* Most lists of a read report never made an item: nothing to walk. */
  for (guint i = 0; self->n_made > 0 && i < self->items->len; i++)
    if (g_ptr_array_index (self->items, i) != NULL)
      g_object_unref (g_ptr_array_index (self->items, i));
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->held, g_ptr_array_unref);
  for (guint i = 1; self->interned != NULL && i < self->interned->len; i += 2)
    g_free (g_ptr_array_index (self->interned, i));
  g_clear_pointer (&self->interned, g_ptr_array_unref);

  G_OBJECT_CLASS (fazhi_item_list_parent_class)->finalize (object);
}

static void
fazhi_item_list_class_init (FazhiItemListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fazhi_item_list_finalize;
}

static void
fazhi_item_list_init (FazhiItemList *self)
{
  /* Without a free function: finalize unrefs the items it made. */
  self->items = g_ptr_array_new ();
}

/* Apart from _fazhi_item_list_peek(), which rules call again and again
 * for items made long ago. */
static G_GNUC_NO_INLINE gpointer
materialize_at (FazhiItemList *self,
                guint          position)
{
  char    *record = self->records + position * self->record_size;
  gpointer item;

  item = self->materialize (record);
  g_ptr_array_index (self->items, position) = item;
  self->n_made++;
  return item;
}

gpointer
_fazhi_item_list_peek (FazhiItemList *self,
                       guint          position)
{
  gpointer item;

  if (position >= self->items->len)
    return NULL;

  item = g_ptr_array_index (self->items, position);
  if (G_LIKELY (item != NULL))
    return item;
  return materialize_at (self, position);
}

gpointer *
_fazhi_item_list_get_storage (FazhiItemList *self,
                              gconstpointer *records,
                              guint         *n_records)
{
  *records = self->records;
  *n_records = self->n_records;
  return self->items->pdata;
}

gconstpointer
_fazhi_item_list_peek_record (FazhiItemList *self,
                              guint          position)
{
  if (position >= self->n_records || g_ptr_array_index (self->items, position) != NULL)
    return NULL;
  return self->records + position * self->record_size;
}

static GType
list_model_get_item_type (GListModel *model)
{
  return FAZHI_ITEM_LIST (model)->item_type;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return FAZHI_ITEM_LIST (model)->items->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  gpointer item = _fazhi_item_list_peek (FAZHI_ITEM_LIST (model), position);

  return item != NULL ? g_object_ref (item) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

FazhiItemList *
_fazhi_item_list_new (GType                item_type,
                      gsize                record_size,
                      FazhiItemMaterialize materialize,
                      GDestroyNotify       clear_record)
{
  FazhiItemList *self = g_object_new (FAZHI_TYPE_ITEM_LIST, NULL);

  self->item_type = item_type;
  if (record_size > 0)
    {
      g_return_val_if_fail (materialize != NULL, self);

      self->record_size = record_size;
      self->materialize = materialize;
      self->clear_record = clear_record;
    }
  return self;
}

FazhiItemList *
_fazhi_item_list_new_with_strings (GType                item_type,
                                   gsize                record_size,
                                   FazhiItemMaterialize materialize,
                                   const guint16       *string_offsets,
                                   guint                n_string_offsets)
{
  FazhiItemList *self = _fazhi_item_list_new (item_type, record_size, materialize, NULL);

  self->string_offsets = string_offsets;
  self->n_string_offsets = n_string_offsets;
  return self;
}

void
_fazhi_item_list_hold (FazhiItemList *self,
                       gpointer       object)
{
  if (self->held == NULL)
    self->held = g_ptr_array_new_with_free_func (g_object_unref);
  /* Lists hold one or two objects: a search beats a set. */
  for (guint i = 0; i < self->held->len; i++)
    if (g_ptr_array_index (self->held, i) == object)
      return;
  g_ptr_array_add (self->held, g_object_ref (object));
}

const char *
_fazhi_item_list_intern (FazhiItemList *self,
                         const char    *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  if (self->interned == NULL)
    self->interned = g_ptr_array_new ();
  /* Callers hand the same few catalog slugs again and again: found by
   * address (and checked, in case a string died and another took its
   * place), without comparing every string. */
  for (guint i = 0; i < self->interned->len; i += 2)
    if (g_ptr_array_index (self->interned, i) == text && strcmp (g_ptr_array_index (self->interned, i + 1), text) == 0)
      return g_ptr_array_index (self->interned, i + 1);
  copy = g_strdup (text);
  g_ptr_array_add (self->interned, (gpointer) text);
  g_ptr_array_add (self->interned, copy);
  return copy;
}

void
_fazhi_item_list_append (FazhiItemList *self,
                         gpointer       item)
{
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  self->n_made++;
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

/* Room for records up to @n_records, the new ones cleared. */
static void
grow_records (FazhiItemList *self,
              guint          n_records)
{
  if (n_records > self->records_capacity)
    {
      self->records_capacity = MAX (n_records, self->records_capacity * 2);
      self->records = g_realloc_n (self->records, self->records_capacity, self->record_size);
    }
  memset (self->records + self->n_records * self->record_size, 0,
          (n_records - self->n_records) * self->record_size);
  self->n_records = n_records;
}

void
_fazhi_item_list_append_records (FazhiItemList *self,
                                 gconstpointer  records,
                                 guint          n)
{
  guint before = self->items->len;

  g_return_if_fail (self->record_size > 0);

  if (n == 0)
    return;
  /* Items appended as objects have no records: cleared ones. */
  grow_records (self, before + n);
  memcpy (self->records + before * self->record_size, records, n * self->record_size);
  /* No items yet: they are made from the records on demand. */
  g_ptr_array_set_size (self->items, before + n);
  g_list_model_items_changed (G_LIST_MODEL (self), before, 0, n);
}

void
_fazhi_item_list_take_records (FazhiItemList *self,
                               GArray        *records)
{
  gsize n;

  g_return_if_fail (self->record_size > 0);
  g_return_if_fail (g_array_get_element_size (records) == self->record_size);

  if (records->len == 0)
    return;
  if (self->items->len > 0 || self->records != NULL)
    {
      _fazhi_item_list_append_records (self, records->data, records->len);
      g_array_set_size (records, 0);
      return;
    }
  /* The reader's array is the records: taken as it is, not copied. */
  self->records = g_array_steal (records, &n);
  /* The reader sizes its array from the text; what it did not use goes
   * back (shrinking in place, without a copy). */
  self->records = g_realloc_n (self->records, n, self->record_size);
  self->n_records = self->records_capacity = (guint) n;
  g_ptr_array_set_size (self->items, (guint) n);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, (guint) n);
}

gboolean
_fazhi_item_list_find (FazhiItemList *self,
                       gpointer       item,
                       guint         *position)
{
  /* Items not yet made cannot be what the caller holds. */
  for (guint i = 0; i < self->items->len; i++)
    if (g_ptr_array_index (self->items, i) == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }
  return FALSE;
}
