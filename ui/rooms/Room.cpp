// Room is an interface; this file gives AUTOMOC a translation unit for its signals.
#include "ui/rooms/Room.h"
