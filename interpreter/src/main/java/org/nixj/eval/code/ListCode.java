package org.nixj.eval.code;

import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** A list literal; its elements stay lazy. */
final class ListCode extends Code {
    private final Code[] elements;

    ListCode(Pos pos, Code[] elements) {
        super(pos);
        this.elements = elements;
    }

    @Override
    public Value eval(Env env) {
        Lazy[] items = new Lazy[elements.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = elements[i].lazy(env);
        }
        return NixList.of(items);
    }

    @Override
    public Lazy lazy(Env env) {
        return elements.length == 0 ? NixList.EMPTY : super.lazy(env);
    }
}
