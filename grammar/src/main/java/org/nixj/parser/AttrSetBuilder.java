package org.nixj.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.AttrName;
import org.nixj.syntax.Binding;
import org.nixj.syntax.DynamicBinding;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;
import org.nixj.syntax.NixLiterals;

/**
 * Collects the bindings of an attribute set or {@code let} the way Nix's parser does.
 *
 * <p>{@code a.b.c = 1;} creates nested sets; a later {@code a.d = 2;} or {@code a = { e = 3; };} merges into
 * them. Two definitions of one name are an error ("attribute 'a.b' already defined at ...") unless both
 * are attribute sets, which merge. Nested sets stay builders until {@link #build}, so that later bindings
 * can still add to them.
 */
final class AttrSetBuilder {
    private final Source source;
    private final Pos nestedPos;
    private final Map<String, Entry> attrs = new LinkedHashMap<>();
    private final List<DynamicEntry> dynamic = new ArrayList<>();
    private final List<Expr> inheritSources = new ArrayList<>();
    private final boolean nestedRecursive;

    /** One {@code bind} of the grammar, as the AST builder hands it over. */
    sealed interface Bind {}

    /** {@code a.b.c = value;}, with the position of its attribute path. */
    record Assignment(List<AttrName> path, Pos pos, Expr value) implements Bind {}

    /** {@code inherit a b;} ({@code from} null) or {@code inherit (from) a b;}. */
    record Inherit(Expr from, Pos fromPos, List<InheritedName> names) implements Bind {}

    record InheritedName(Pos pos, AttrName name) {}

    /** A binding in progress: {@code value} is an {@link Expr} or a nested {@link AttrSetBuilder}. */
    private record Entry(String name, Pos pos, Object value, Binding.Kind kind) {}

    private record DynamicEntry(Pos pos, Expr name, Object value) {}

    /** The bindings of a set or {@code let} whose position is given when it is built. */
    AttrSetBuilder(Source source) {
        this(source, null, false);
    }

    private AttrSetBuilder(Source source, Pos nestedPos, boolean nestedRecursive) {
        this.source = source;
        this.nestedPos = nestedPos;
        this.nestedRecursive = nestedRecursive;
    }

    void add(Bind bind) {
        switch (bind) {
            case Assignment a -> addPath(a.path(), a.pos(), a.value());
            case Inherit i -> addInherit(i);
        }
    }

    private void addInherit(Inherit inherit) {
        Expr.InheritFrom from = null;
        if (inherit.from() != null) {
            inheritSources.add(inherit.from());
            from = new Expr.InheritFrom(inherit.fromPos(), inheritSources.size() - 1);
        }
        for (InheritedName n : inherit.names()) {
            Pos at = n.pos();
            if (!(n.name() instanceof AttrName.Static s)) {
                throw new ParseError("dynamic attributes not allowed in inherit", at);
            }
            String name = s.name();
            Entry existing = attrs.get(name);
            if (existing != null) {
                throw duplicate(quote(name), at, existing.pos());
            }
            attrs.put(name, from == null
                    ? new Entry(name, at, new Expr.Var(at, name), Binding.Kind.INHERITED)
                    : new Entry(name, at, select(at, from, name), Binding.Kind.INHERITED_FROM));
        }
    }

    private static Expr.Select select(Pos at, Expr.InheritFrom from, String name) {
        return new Expr.Select(at, from, List.of(new AttrName.Static(name)), null);
    }

    private void addPath(List<AttrName> path, Pos at, Expr value) {
        AttrSetBuilder target = this;
        for (int i = 0; i < path.size() - 1; i++) {
            AttrSetBuilder nested;
            switch (path.get(i)) {
                case AttrName.Static s -> {
                    Entry existing = target.attrs.get(s.name());
                    if (existing != null) {
                        nested = target.mergeable(existing);
                        if (nested == null) {
                            throw duplicate(showPath(path.subList(0, i + 1)), at, existing.pos());
                        }
                    } else {
                        nested = new AttrSetBuilder(source, at, false);
                        target.attrs.put(s.name(), new Entry(s.name(), at, nested, Binding.Kind.PLAIN));
                    }
                }
                case AttrName.Dynamic d -> {
                    nested = new AttrSetBuilder(source, at, false);
                    target.dynamic.add(new DynamicEntry(at, d.expr(), nested));
                }
            }
            target = nested;
        }
        switch (path.get(path.size() - 1)) {
            case AttrName.Static s -> target.add(new ArrayList<>(path), new Entry(s.name(), at, value, Binding.Kind.PLAIN));
            case AttrName.Dynamic d -> target.dynamic.add(new DynamicEntry(at, d.expr(), value));
        }
    }

    /** Adds one binding; {@code path} names it in errors and ends with its name. */
    private void add(List<AttrName> path, Entry entry) {
        Entry existing = attrs.get(entry.name());
        if (existing == null) {
            attrs.put(entry.name(), entry);
            return;
        }
        AttrSetBuilder into = mergeable(existing);
        AttrSetBuilder from = isAttrSet(entry) ? asBuilder(entry.value()) : null;
        if (into == null || from == null) {
            throw duplicate(showPath(path), entry.pos(), existing.pos());
        }
        int shift = into.inheritSources.size();
        for (Entry e : from.attrs.values()) {
            path.add(new AttrName.Static(e.name()));
            into.add(path, e.kind() == Binding.Kind.INHERITED_FROM ? shifted(e, shift) : e);
            path.remove(path.size() - 1);
        }
        into.dynamic.addAll(from.dynamic);
        into.inheritSources.addAll(from.inheritSources);
    }

    private static Entry shifted(Entry e, int shift) {
        Expr.Select s = (Expr.Select) e.value();
        Expr.InheritFrom from = (Expr.InheritFrom) s.target();
        return new Entry(e.name(), e.pos(), select(s.pos(), new Expr.InheritFrom(from.pos(), from.index() + shift), e.name()), e.kind());
    }

    /** The nested set an existing binding holds, ready to take more bindings, or null if it is not one. */
    private AttrSetBuilder mergeable(Entry existing) {
        if (!isAttrSet(existing)) {
            return null;
        }
        AttrSetBuilder nested = asBuilder(existing.value());
        attrs.put(existing.name(), new Entry(existing.name(), existing.pos(), nested, existing.kind()));
        return nested;
    }

    private static boolean isAttrSet(Entry entry) {
        return entry.value() instanceof AttrSetBuilder || entry.value() instanceof Expr.AttrSet;
    }

    private AttrSetBuilder asBuilder(Object value) {
        if (value instanceof AttrSetBuilder b) {
            return b;
        }
        Expr.AttrSet set = (Expr.AttrSet) value;
        AttrSetBuilder b = new AttrSetBuilder(source, set.pos(), set.recursive());
        set.bindings().forEach(x -> b.attrs.put(x.name(), new Entry(x.name(), x.pos(), x.value(), x.kind())));
        set.dynamicBindings().forEach(d -> b.dynamic.add(new DynamicEntry(d.pos(), d.name(), d.value())));
        b.inheritSources.addAll(set.inheritSources());
        return b;
    }

    private static ParseError duplicate(String path, Pos at, Pos previous) {
        return new ParseError("attribute '" + path + "' already defined at " + previous, at);
    }

    private static String quote(String name) {
        StringBuilder out = new StringBuilder();
        NixLiterals.appendIdentifier(out, name);
        return out.toString();
    }

    private static String showPath(List<AttrName> path) {
        StringBuilder out = new StringBuilder();
        for (AttrName name : path) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            switch (name) {
                case AttrName.Static s -> NixLiterals.appendIdentifier(out, s.name());
                case AttrName.Dynamic d -> out.append("\"${").append(ExprPrinter.print(d.expr())).append("}\"");
            }
        }
        return out.toString();
    }

    /** The finished set, at {@code pos}. */
    Expr.AttrSet build(Pos pos, boolean recursive) {
        List<Binding> bindings = new ArrayList<>(attrs.size());
        for (Entry e : attrs.values()) {
            bindings.add(new Binding(e.name(), e.pos(), value(e.value()), e.kind()));
        }
        List<DynamicBinding> dynamicBindings = new ArrayList<>(dynamic.size());
        for (DynamicEntry d : dynamic) {
            dynamicBindings.add(new DynamicBinding(d.pos(), d.name(), value(d.value())));
        }
        return new Expr.AttrSet(pos, recursive, bindings, dynamicBindings, inheritSources);
    }

    private static Expr value(Object value) {
        return value instanceof AttrSetBuilder b ? b.build(b.nestedPos, b.nestedRecursive) : (Expr) value;
    }
}
