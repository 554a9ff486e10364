/* fazhi-item-list.c: the report's lists, made on demand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fazhi-item-list-private.h"

struct _FazhiItemList
{
  GObject parent_instance;

  GType                item_type;
  GPtrArray           *items;   /* the objects, NULL until made */
  GArray              *records; /* parallel to items; empty when not lazy */
  gsize                record_size;
  FazhiItemMaterialize materialize;
  GDestroyNotify       clear_record;
};

static void list_model_iface_init (GListModelInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (FazhiItemList, fazhi_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))
/* clang-format on */

static void
maybe_unref (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
fazhi_item_list_finalize (GObject *object)
{
  FazhiItemList *self = (FazhiItemList *) object;

  if (self->records != NULL && self->clear_record != NULL)
    for (guint i = 0; i < self->records->len; i++)
      if (g_ptr_array_index (self->items, i) == NULL)
        self->clear_record (self->records->data + i * self->record_size);
  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

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
  self->items = g_ptr_array_new_with_free_func (maybe_unref);
}

gpointer
_fazhi_item_list_peek (FazhiItemList *self,
                       guint          position)
{
  gpointer item;

  if (position >= self->items->len)
    return NULL;

  item = g_ptr_array_index (self->items, position);
  if (item == NULL)
    {
      item = self->materialize (self->records->data + position * self->record_size);
      g_ptr_array_index (self->items, position) = item;
    }
  return item;
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
      self->records = g_array_new (FALSE, TRUE, record_size);
      self->materialize = materialize;
      self->clear_record = clear_record;
    }
  return self;
}

void
_fazhi_item_list_append (FazhiItemList *self,
                         gpointer       item)
{
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  if (self->records != NULL)
    g_array_set_size (self->records, self->items->len); /* a cleared record */
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

void
_fazhi_item_list_append_records (FazhiItemList *self,
                                 gconstpointer  records,
                                 guint          n)
{
  guint before = self->items->len;

  g_return_if_fail (self->records != NULL);

  if (n == 0)
    return;
  g_array_append_vals (self->records, records, n);
  /* No items yet: they are made from the records on demand. */
  g_ptr_array_set_size (self->items, before + n);
  g_list_model_items_changed (G_LIST_MODEL (self), before, 0, n);
}

void
_fazhi_item_list_take_items (FazhiItemList *self,
                             GPtrArray     *items)
{
  guint before = self->items->len;

  if (items->len == 0)
    return;
  for (guint i = 0; i < items->len; i++)
    {
      g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (g_ptr_array_index (items, i)), self->item_type));
      g_ptr_array_add (self->items, g_ptr_array_index (items, i));
    }
  /* The references now belong to the list. */
  g_ptr_array_set_free_func (items, NULL);
  g_ptr_array_set_size (items, 0);
  if (self->records != NULL)
    g_array_set_size (self->records, self->items->len);
  g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->items->len - before);
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
