class ConfigError(Exception):
    pass


def load(cfg):
    try:
        return cfg['path']
    except KeyError as e:
        raise ConfigError('missing path') from e


load({})
