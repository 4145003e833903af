// What a sandbox realm holds once it is prepared: every object code can reach in it (the global object,
// the prototypes, the built-in functions hanging off them), each with its own properties, prototype and
// extensibility. `restore` puts them back after a firing, so a reused realm starts each firing as a
// fresh one would.
//
// The walk and the restore run inside the realm (reflection on another realm's objects is several
// times slower), with the realm's Reflect functions held from before any code ran: they are called
// directly, never looked up on an object code could have changed. Every descriptor they keep has no
// prototype, and a descriptor read back is checked for its own fields, so a property code added to
// Object.prototype (`get`, `value`…) cannot pose as part of one. Reading descriptors runs no getter,
// and the realm has no Proxy to trap the reflection.

/** Evaluated in a new realm before anything else runs there: gives `snapshot(roots) → restore`. */
export const REALM_SNAPSHOT = `(function () {
  var ownKeys = Reflect.ownKeys, gopd = Reflect.getOwnPropertyDescriptor;
  var define = Reflect.defineProperty, remove = Reflect.deleteProperty;
  var getProto = Reflect.getPrototypeOf, setProto = Reflect.setPrototypeOf;
  var isExtensible = Reflect.isExtensible, apply = Reflect.apply, create = Object.create;
  var hasOwn = Object.prototype.hasOwnProperty, freeze = Object.freeze;
  var functionPrototype = Function.prototype;
  var FIELDS = ['value', 'writable', 'get', 'set', 'enumerable', 'configurable'];

  var own = function (o, k) { return apply(hasOwn, o, [k]); };
  /** A descriptor without a prototype, of the own fields of d only. */
  var frozenCopy = function (d) {
    var out = create(null);
    for (var i = 0; i < FIELDS.length; i++) if (own(d, FIELDS[i])) out[FIELDS[i]] = d[FIELDS[i]];
    return out;
  };
  // SameValue: the global's NaN is a value too.
  var is = function (a, b) { return a === b || (a !== a && b !== b); };
  // Plain reads: a field a descriptor does not have is read from Object.prototype, so a property code
  // put there shows as a difference (and the restore then puts Object.prototype back too).
  var same = function (now, then) {
    return (
      now !== undefined &&
      is(now.value, then.value) &&
      now.get === then.get &&
      now.set === then.set &&
      now.writable === then.writable &&
      now.enumerable === then.enumerable &&
      now.configurable === then.configurable
    );
  };
  var isObject = function (v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  };

  return function snapshot(roots) {
    var seen = [], targets = [], protos = [], extensible = [], keyLists = [], descLists = [];
    var queue = [];
    for (var r = 0; r < roots.length; r++) queue[queue.length] = roots[r];
    while (queue.length > 0) {
      var target = queue[queue.length - 1];
      queue.length = queue.length - 1;
      var known = false;
      for (var t = 0; t < seen.length; t++) if (seen[t] === target) { known = true; break; }
      if (known) continue;
      seen[seen.length] = target;
      // The built-in functions (all but Function.prototype, which every function inherits from) are
      // frozen: nothing of theirs can change, so nothing needs checking after a firing.
      var frozen = typeof target === 'function' && target !== functionPrototype;
      if (frozen) freeze(target);
      var keys = ownKeys(target), descs = [];
      for (var k = 0; k < keys.length; k++) {
        var d = frozenCopy(gopd(target, keys[k]));
        descs[k] = d;
        if (isObject(d.value)) queue[queue.length] = d.value;
        if (isObject(d.get)) queue[queue.length] = d.get;
        if (isObject(d.set)) queue[queue.length] = d.set;
      }
      var proto = getProto(target);
      if (proto !== null) queue[queue.length] = proto;
      if (frozen) continue;
      var n = targets.length;
      targets[n] = target; protos[n] = proto; extensible[n] = isExtensible(target);
      keyLists[n] = keys; descLists[n] = descs;
    }

    // Which keys hold a writable value: the only ones an assignment can change. Code has no
    // defineProperty (Object and Reflect are gone); freezing, deleting or adding shows in the
    // extensibility and the key list, compared key by key.
    var writable = [];
    for (var w = 0; w < descLists.length; w++) {
      var list = [];
      for (var x = 0; x < descLists[w].length; x++)
        if (descLists[w][x].writable === true) list[list.length] = x;
      writable[w] = list;
    }

    var unchanged = function (i) {
      var target = targets[i], keys = keyLists[i], descs = descLists[i];
      if (getProto(target) !== protos[i] || isExtensible(target) !== extensible[i]) return false;
      var now = ownKeys(target);
      if (now.length !== keys.length) return false;
      for (var k = 0; k < keys.length; k++) if (now[k] !== keys[k]) return false;
      // The key list is the snapshot's, so each of these keys is still the data property it was
      // (nothing could make it an accessor): reading it runs no code.
      var values = writable[i];
      for (var v = 0; v < values.length; v++) {
        if (!is(target[keys[values[v]]], descs[values[v]].value)) return false;
      }
      return true;
    };
    var putBack = function (i) {
      var target = targets[i], keys = keyLists[i], descs = descLists[i];
      // A frozen or sealed object can no longer get its properties back.
      if (extensible[i] && !isExtensible(target)) return false;
      var now = ownKeys(target);
      for (var a = 0; a < now.length; a++) {
        var kept = false;
        for (var k = 0; k < keys.length; k++) if (keys[k] === now[a]) { kept = true; break; }
        if (!kept && !remove(target, now[a])) return false;
      }
      for (var k2 = 0; k2 < keys.length; k2++) {
        if (!same(gopd(target, keys[k2]), descs[k2]) && !define(target, keys[k2], descs[k2]))
          return false;
      }
      if (getProto(target) !== protos[i] && !setProto(target, protos[i])) return false;
      return unchangedFully(i);
    };
    /** After a put-back: every field of every property, not only what code could change. */
    var unchangedFully = function (i) {
      var target = targets[i], keys = keyLists[i], descs = descLists[i];
      if (getProto(target) !== protos[i] || isExtensible(target) !== extensible[i]) return false;
      if (ownKeys(target).length !== keys.length) return false;
      for (var k = 0; k < keys.length; k++) if (!same(gopd(target, keys[k]), descs[k])) return false;
      return true;
    };
    var restore = function () {
      var ok = true;
      for (var i = 0; i < targets.length; i++) if (!unchanged(i) && !putBack(i)) ok = false;
      return ok;
    };
    restore.size = targets.length;
    return restore;
  };
})()`;

/** The realm back to its snapshot: false when something cannot be put back (frozen, sealed…). */
export type RestoreRealm = (() => boolean) & { size: number };
