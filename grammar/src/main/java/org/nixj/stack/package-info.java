/** Running deeply recursive work (parsing, printing, evaluating nested code) on a thread with a large stack. */
package org.nixj.stack;
