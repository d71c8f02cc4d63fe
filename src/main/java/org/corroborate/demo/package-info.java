/**
 * First-start data: the demo users, the demo project with its seed story, two annotators' work and an exercise
 * (demo mode), or the first site admin outside it. Both loaders belong to the web app, not to headless commands.
 */
@NullMarked
package org.corroborate.demo;

import org.jspecify.annotations.NullMarked;
