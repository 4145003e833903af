// What a sandbox realm holds once it is prepared, locked so that little of it can change, and a restore
// that puts back the rest after a firing, so a reused realm starts each firing as a fresh one would.
//
// Every object code can reach from the realm's syntax (literals, functions, iterators, the engine's
// errors; the constructors and methods hanging off their prototypes) is found once, when the realm is
// prepared, and then:
// - a built-in function (all but Function.prototype) is frozen: nothing can be stored on it;
// - every other object but the global is sealed: no property can be added or deleted, so only the
//   values of its writable properties can change (an assignment), and those are compared and put back;
// - the global object stays open (sloppy code may create globals); its properties are compared one by
//   one and anything added is deleted.
// Sealing changes nothing code can see but an assignment that adds or a `delete` that removes a
// prototype's property, which then silently does nothing (GTM's sandbox gives code no prototypes).
//
// It runs inside the realm (reflection on another realm's objects is several times slower), with the
// realm's Reflect functions held from before any code ran: they are called directly, never looked up on
// an object code could have changed. Code has no defineProperty, Object or Reflect of its own; the one
// way left to change an object's shape is a host API that gets the object itself (GTM's Object.freeze),
// and the sandbox's bridge watches those calls (see sandbox.ts, `tainted`).

/** Evaluated in a new realm before anything else runs there: gives `snapshot(global, roots) → restore`. */
export const REALM_SNAPSHOT = `(function () {
  var ownKeys = Reflect.ownKeys, gopd = Reflect.getOwnPropertyDescriptor;
  var define = Reflect.defineProperty, remove = Reflect.deleteProperty;
  var getProto = Reflect.getPrototypeOf, setProto = Reflect.setPrototypeOf;
  var isExtensible = Reflect.isExtensible, apply = Reflect.apply, create = Object.create;
  var hasOwn = Object.prototype.hasOwnProperty, freeze = Object.freeze, seal = Object.seal;
  var functionPrototype = Function.prototype;
  var FIELDS = ['value', 'writable', 'get', 'set', 'enumerable', 'configurable'];

  var own = function (o, k) { return apply(hasOwn, o, [k]); };
  /** A descriptor without a prototype, of the own fields of d only. */
  var copy = function (d) {
    var out = create(null);
    for (var i = 0; i < FIELDS.length; i++) if (own(d, FIELDS[i])) out[FIELDS[i]] = d[FIELDS[i]];
    return out;
  };
  // SameValue: the global's NaN is a value too.
  var is = function (a, b) { return a === b || (a !== a && b !== b); };
  // Plain reads: a field a descriptor does not have is read from Object.prototype (sealed, and
  // restored before the global is compared).
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

  return function snapshot(global, roots) {
    var seen = [], sealed = [], writableKeys = [], writableValues = [];
    var queue = [];
    for (var r = 0; r < roots.length; r++) queue[queue.length] = roots[r];
    if (getProto(global) !== null) queue[queue.length] = getProto(global);
    while (queue.length > 0) {
      var target = queue[queue.length - 1];
      queue.length = queue.length - 1;
      var known = target === global;
      for (var t = 0; !known && t < seen.length; t++) if (seen[t] === target) known = true;
      if (known) continue;
      seen[seen.length] = target;
      var keys = ownKeys(target), names = [], values = [];
      for (var k = 0; k < keys.length; k++) {
        var d = copy(gopd(target, keys[k]));
        if (isObject(d.value)) queue[queue.length] = d.value;
        if (isObject(d.get)) queue[queue.length] = d.get;
        if (isObject(d.set)) queue[queue.length] = d.set;
        if (d.writable === true) { names[names.length] = keys[k]; values[values.length] = d.value; }
      }
      var proto = getProto(target);
      if (proto !== null) queue[queue.length] = proto;
      if (typeof target === 'function' && target !== functionPrototype) {
        freeze(target);
        continue;
      }
      seal(target);
      var n = sealed.length;
      sealed[n] = target; writableKeys[n] = names; writableValues[n] = values;
    }

    var globalKeys = ownKeys(global), globalDescs = [];
    for (var g = 0; g < globalKeys.length; g++) globalDescs[g] = copy(gopd(global, globalKeys[g]));
    var globalProto = getProto(global);

    /** The global back to its properties: false when one cannot be deleted or redefined. */
    var restoreGlobal = function () {
      var now = ownKeys(global);
      var same_ = now.length === globalKeys.length;
      for (var i = 0; same_ && i < now.length; i++) if (now[i] !== globalKeys[i]) same_ = false;
      if (!same_) {
        for (var a = 0; a < now.length; a++) {
          var kept = false;
          for (var b = 0; b < globalKeys.length; b++) if (globalKeys[b] === now[a]) { kept = true; break; }
          if (!kept && !remove(global, now[a])) return false;
        }
      }
      // Only a writable or configurable property can have changed (the prepared global's undefined,
      // NaN and Infinity are neither).
      for (var c = 0; c < globalKeys.length; c++) {
        var then = globalDescs[c];
        if (then.writable !== true && then.configurable !== true) continue;
        if (!same(gopd(global, globalKeys[c]), then) && !define(global, globalKeys[c], then))
          return false;
      }
      if (getProto(global) !== globalProto && !setProto(global, globalProto)) return false;
      return isExtensible(global);
    };

    var restore = function () {
      // The sealed objects first: descriptors read on the global inherit from Object.prototype.
      for (var i = 0; i < sealed.length; i++) {
        var target = sealed[i], names = writableKeys[i], values = writableValues[i];
        for (var k = 0; k < names.length; k++) {
          if (!is(target[names[k]], values[k])) target[names[k]] = values[k];
        }
      }
      return restoreGlobal();
    };
    restore.intrinsics = seen;
    return restore;
  };
})()`;

/** The realm back to its snapshot: false when something cannot be put back. */
export type RestoreRealm = (() => boolean) & {
  /** Every object the snapshot covers (the bridge watches host APIs that get one of them). */
  intrinsics: object[];
};
