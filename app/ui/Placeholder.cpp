void placeholder() {}
