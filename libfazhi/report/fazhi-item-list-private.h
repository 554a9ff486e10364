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
 *
 * The strings of a record are either its own (g_malloc) or copied into
 * the list's arena (see FazhiArena below), and may be mixed: a list
 * frees only what its arena does not hold, and gives an item made from a
 * record copies of arena strings, so that the item can outlive the list.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Strings that die together: a few large blocks instead of one malloc
 * per string, and one free per block when the last list lets go of it.
 * Blocks double in size, so a report has a handful and telling whether a
 * string lives in the arena takes a few comparisons. Reference counted,
 * not thread safe. */
typedef struct _FazhiArena FazhiArena;

FazhiArena    *_fazhi_arena_new                (void);
FazhiArena    *_fazhi_arena_ref                (FazhiArena           *arena);
void           _fazhi_arena_unref              (FazhiArena           *arena);
/* @length bytes of @text and a terminating NUL (@text need not be
 * terminated). */
char          *_fazhi_arena_strndup            (FazhiArena           *arena,
                                                const char           *text,
                                                gsize                 length);
char          *_fazhi_arena_strdup             (FazhiArena           *arena,
                                                const char           *text);
gboolean       _fazhi_arena_owns               (const FazhiArena     *arena,
                                                gconstpointer         pointer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FazhiArena, _fazhi_arena_unref)

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
 * (char * members, each g_malloc'd, in the list's arena, or NULL): the
 * list clears them itself, in one loop, and knows which to free. The
 * offsets must stay valid as long as the list lives. */
FazhiItemList *_fazhi_item_list_new_with_strings (GType               item_type,
                                                gsize                 record_size,
                                                FazhiItemMaterialize  materialize,
                                                const guint16        *string_offsets,
                                                guint                 n_string_offsets);
/* Strings of records in @arena are not freed one by one (the list holds
 * a reference). Only for lists made with strings; set once. */
void           _fazhi_item_list_set_arena      (FazhiItemList        *self,
                                                FazhiArena           *arena);
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
/* Appends items (full references taken over); one items-changed. */
void           _fazhi_item_list_take_items     (FazhiItemList        *self,
                                                GPtrArray            *items);
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
