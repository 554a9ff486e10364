/* fazhi-item-list-private.h: the report's lists, made on demand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A report read from text holds a couple of hundred figures; making a
 * GObject for each while reading costs more than finding them. The
 * reader hands the list plain records instead, and the GObject for an
 * item is made the first time someone asks for it — and kept, so it is
 * the same object every time after. To callers it is an ordinary
 * GListModel. Like GListStore, it is not safe to use from two threads at
 * once.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_ITEM_LIST (fazhi_item_list_get_type ())

G_DECLARE_FINAL_TYPE (FazhiItemList, fazhi_item_list, FAZHI, ITEM_LIST, GObject)

/* Makes the item for a record; takes what the record owns and leaves it
 * cleared. */
typedef gpointer (*FazhiItemMaterialize) (gpointer record);

FazhiItemList *_fazhi_item_list_new            (GType                 item_type,
                                                gsize                 record_size,
                                                FazhiItemMaterialize  materialize,
                                                GDestroyNotify        clear_record);
void           _fazhi_item_list_append         (FazhiItemList        *self,
                                                gpointer              item);
/* Appends @n records, taking what they own; one items-changed. */
void           _fazhi_item_list_append_records (FazhiItemList        *self,
                                                gconstpointer         records,
                                                guint                 n);
/* Appends items (full references taken over); one items-changed. */
void           _fazhi_item_list_take_items     (FazhiItemList        *self,
                                                GPtrArray            *items);
gpointer       _fazhi_item_list_peek           (FazhiItemList        *self,
                                                guint                 position);
gboolean       _fazhi_item_list_find           (FazhiItemList        *self,
                                                gpointer              item,
                                                guint                *position);

/* clang-format on */

G_END_DECLS
