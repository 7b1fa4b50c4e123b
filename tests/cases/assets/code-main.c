/* A tiny program
 * to show code slides. */
#include <stdio.h>
#include <stdlib.h>

struct point {
	int x;
	int y;
};

static int square(int v)
{
	return v * v;	/* tabs inside */
}

int main(int argc, char **argv)
{
	struct point p = { 3, 4 };
	const char *name = argc > 1 ? argv[1] : "world";

	printf("hello, %s: %d\n", name, square(p.x) + square(p.y));
	return EXIT_SUCCESS;
}
