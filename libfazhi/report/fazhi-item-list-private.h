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
/* Records whose only owned members are the strings at @string_offsets
 * (char * members, each g_malloc'd or NULL): the list frees them itself,
 * in one loop. The offsets must stay valid as long as the list lives. */
FazhiItemList *_fazhi_item_list_new_with_strings (GType               item_type,
                                                gsize                 record_size,
                                                FazhiItemMaterialize  materialize,
                                                const guint16        *string_offsets,
                                                guint                 n_string_offsets);
/* An object the records need (a section's document): the list holds a
 * reference as long as it lives. */
void           _fazhi_item_list_hold           (FazhiItemList        *self,
                                                gpointer              object);
void           _fazhi_item_list_append         (FazhiItemList        *self,
                                                gpointer              item);
/* Appends @n records, taking what they own; one items-changed. */
void           _fazhi_item_list_append_records (FazhiItemList        *self,
                                                gconstpointer         records,
                                                guint                 n);
/* The same for the records of @records (whose element size is the
 * list's), which is left empty: its storage becomes the list's when the
 * list is empty. */
void           _fazhi_item_list_take_records   (FazhiItemList        *self,
                                                GArray               *records);
gpointer       _fazhi_item_list_peek           (FazhiItemList        *self,
                                                guint                 position);
/* The record of an item not made yet, or NULL when the item is made (or
 * @position is out of range): lets the report answer questions about
 * its items without making them. Valid until the list changes. */
gconstpointer  _fazhi_item_list_peek_record    (FazhiItemList        *self,
                                                guint                 position);
/* The items (NULL where not made yet) and the records behind them, for
 * walking a list without a call per item. The records cover the first
 * @n_records items; both stay valid until the list grows. */
gpointer      *_fazhi_item_list_get_storage    (FazhiItemList        *self,
                                                gconstpointer        *records,
                                                guint                *n_records);
/* A copy of @text the list keeps as long as it lives, for records to
 * borrow; the same copy for the same @text pointer. */
const char    *_fazhi_item_list_intern         (FazhiItemList        *self,
                                                const char           *text);
gboolean       _fazhi_item_list_find           (FazhiItemList        *self,
                                                gpointer              item,
                                                guint                *position);

/* clang-format on */

G_END_DECLS
