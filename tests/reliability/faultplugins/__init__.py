"""Plugins that misbehave on purpose, one fault each, for the reliability tests.

Each acts only on articles whose text holds its marker word, so the other articles of a run show
that nothing else was lost. They are importable modules (``-p faultplugins.hang`` with this
folder's parent on ``PYTHONPATH``), so worker processes can load them too.
"""
