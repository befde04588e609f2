package org.nixj.eval.builtins;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nixj.eval.Interpreter;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.Value;

/**
 * Where builtin groups register what they define: functions and constants, each visible as
 * {@code builtins.name} and either as a global name of its own ({@code map}, {@code toString}) or as
 * {@code __name}. Each builtin is documented by the group that registers it.
 */
public final class BuiltinTable {
    private final Interpreter interpreter;
    private final Map<String, Value> builtins = new LinkedHashMap<>();
    private final Map<String, Value> globals = new LinkedHashMap<>();
    private final Map<String, BuiltinDocs> documentation = new HashMap<>();
    private final Map<String, Value> internals = new HashMap<>();
    private BuiltinDocs groupDocs;

    BuiltinTable(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The runtime the builtins will run in. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /** Whether a builtin of this name is defined already. */
    public boolean defines(String name) {
        return builtins.containsKey(name);
    }

    /** Registers {@code group}'s builtins, documented by its documentation. */
    void register(BuiltinGroup group) {
        registerDocumented(group.documentation(), () -> group.register(this));
    }

    /** Runs {@code registration}, whose builtins {@code docs} documents. */
    void registerDocumented(BuiltinDocs docs, Runnable registration) {
        groupDocs = docs;
        try {
            registration.run();
        } finally {
            groupDocs = null;
        }
    }

    /** A builtin function, global only as {@code __name}. */
    public void function(String name, int arity, Builtin body) {
        add(name, primOp(name, arity, body), false);
    }

    /** A builtin function that is also a global of its own name. */
    public void globalFunction(String name, int arity, Builtin body) {
        add(name, primOp(name, arity, body), true);
    }

    /**
     * A function for the evaluator's own use, in neither {@code builtins} nor the global names: Java code asks
     * for it by name ({@code Builtins.internal}).
     */
    public void internal(String name, int arity, Builtin body) {
        if (internals.put(name, primOp(name, arity, body)) != null) {
            throw new IllegalStateException("internal builtin defined twice: " + name);
        }
    }

    /** A constant, global only as {@code __name}. */
    public void constant(String name, Value value) {
        add(name, value, false);
    }

    /** A constant that is also a global of its own name ({@code true}, {@code null}, ...). */
    public void globalConstant(String name, Value value) {
        add(name, value, true);
    }

    private PrimOp primOp(String name, int arity, Builtin body) {
        return new PrimOp(name, arity, (args, pos) -> body.apply(new Args(interpreter, name, args, pos)));
    }

    private void add(String name, Value value, boolean global) {
        if (builtins.put(name, value) != null) {
            throw new IllegalStateException("builtin defined twice: " + name);
        }
        documentation.put(name, groupDocs);
        globals.put(global ? name : "__" + name, value);
    }

    Map<String, Value> builtins() {
        return builtins;
    }

    Map<String, Value> globals() {
        return globals;
    }

    Map<String, Value> internals() {
        return internals;
    }

    /** Where each builtin's documentation is, by name. */
    Map<String, BuiltinDocs> documentation() {
        return documentation;
    }
}
